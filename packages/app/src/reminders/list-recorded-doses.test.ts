import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import type { DoseItem } from './dose-item';
import { plannedDose } from './dose-planner';
import { DynamoDoseStore, type DoseAnswer } from './dynamo-dose-store';
import { listRecordedDoses } from './list-recorded-doses';

const HOUR_MS = 3600_000;
const FIRST = Date.parse('2026-03-01T08:00:00.000Z');

describe('listRecordedDoses', () => {
  let storage: TestStorage;
  let doses: DynamoDoseStore;

  useTestStorage((started) => {
    storage = started;
    doses = new DynamoDoseStore({ client: storage.dynamo, tableNames: storage.tableNames });
  });

  /** Plans a dose `hours` after FIRST, marks it sent, and records `answer` an hour later. */
  async function answered(
    userId: string,
    hours: number,
    answer: DoseAnswer | null,
  ): Promise<DoseItem> {
    const dose = plannedDose(
      userId,
      'rx-1',
      { at: new Date(FIRST + hours * HOUR_MS).toISOString() },
      '0',
    );
    await doses.putIfAbsent({ ...dose, status: 'sent' });
    if (answer !== null) {
      await doses.recordAnswer(dose, answer, new Date(FIRST + (hours + 1) * HOUR_MS).toISOString());
    }
    return dose;
  }

  describe('when a user answered some doses over several pages', () => {
    it('lists the taken and skipped ones in due order, with the taken time', async () => {
      await answered('u1', 0, 'taken');
      await answered('u1', 8, null);
      await answered('u1', 16, 'skipped');
      await answered('u1', 24, 'snoozed');
      await answered('u1', 32, 'taken');
      await answered('u2', 0, 'taken');

      const listed = await listRecordedDoses(
        { client: storage.dynamo, tableNames: storage.tableNames, pageSize: 2 },
        'u1',
      );

      expect(listed).toEqual([
        {
          prescriptionId: 'rx-1',
          dueAt: '2026-03-01T08:00:00.000Z',
          takenAt: '2026-03-01T09:00:00.000Z',
          status: 'taken',
        },
        {
          prescriptionId: 'rx-1',
          dueAt: '2026-03-02T00:00:00.000Z',
          takenAt: null,
          status: 'skipped',
        },
        {
          prescriptionId: 'rx-1',
          dueAt: '2026-03-02T16:00:00.000Z',
          takenAt: '2026-03-02T17:00:00.000Z',
          status: 'taken',
        },
      ]);
    });
  });

  describe('when a user answered nothing', () => {
    it('lists nothing', async () => {
      await answered('u3', 0, null);

      expect(
        await listRecordedDoses({ client: storage.dynamo, tableNames: storage.tableNames }, 'u3'),
      ).toEqual([]);
    });
  });
});
