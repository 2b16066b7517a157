import {
  buildSchedule,
  expandDoses,
  type DoseSchedule,
  type Prescription,
} from '@ctrl-alt-heal/domain';
import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { createJsonLogger } from '../logging/json-logger';
import { DynamoPrescriptionStore } from './dynamo-prescription-store';
import { prescriptionFixture, sigReadingFixture } from './testing/prescription-fixture';

/** The fixture's 7-day tid course in Kolkata, built as if proposed at `startAt`. */
function kolkataCourse(startAt: string): DoseSchedule {
  const built = buildSchedule(sigReadingFixture(), {
    timeZone: 'Asia/Kolkata',
    startDate: '2026-03-02',
    startAt,
  });
  if (built.kind !== 'ok') throw new Error('fixture course needs clarification');
  return built.schedule;
}

function instantsOf(prescription: Prescription | null): string[] {
  if (prescription === null) return [];
  const range = { from: '2026-02-01T00:00:00.000Z', to: '2026-04-01T00:00:00.000Z' };
  return expandDoses(prescription.schedule, range).map((dose) => dose.at);
}

describe('DynamoPrescriptionStore', () => {
  let storage: TestStorage;
  let store: DynamoPrescriptionStore;
  let nowMs: number;

  useTestStorage((started) => {
    storage = started;
    store = new DynamoPrescriptionStore({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => new Date(nowMs),
    });
  });

  beforeEach(() => {
    nowMs = Date.parse('2026-03-01T09:00:00.000Z');
  });

  describe('when a draft is saved', () => {
    it('reads back the whole prescription as a draft', async () => {
      await store.saveDraft('u1', prescriptionFixture({ status: 'active' }));

      expect(await store.get('u1', 'rx-1')).toEqual(prescriptionFixture({ status: 'draft' }));
    });

    it('is not listed as active', async () => {
      await store.saveDraft('u2', prescriptionFixture());

      expect(await store.listActive('u2')).toEqual([]);
    });
  });

  describe('when a draft is confirmed', () => {
    it('returns the prescription as active', async () => {
      await store.saveDraft('u3', prescriptionFixture());

      const confirmed = await store.confirm('u3', 'rx-1');

      expect(confirmed).toEqual(prescriptionFixture({ status: 'active' }));
      expect(await store.listActive('u3')).toEqual([prescriptionFixture({ status: 'active' })]);
    });
  });

  describe('when an active prescription is confirmed again', () => {
    it('returns it unchanged', async () => {
      await store.saveDraft('u4', prescriptionFixture());
      await store.confirm('u4', 'rx-1');
      nowMs += 3600_000;

      const again = await store.confirm('u4', 'rx-1');

      expect(again).toEqual(prescriptionFixture({ status: 'active' }));
    });
  });

  describe('when a confirmation races another', () => {
    it('gives both callers the active prescription', async () => {
      await store.saveDraft('u5', prescriptionFixture());

      const results = await Promise.all([store.confirm('u5', 'rx-1'), store.confirm('u5', 'rx-1')]);

      expect(results).toEqual([
        prescriptionFixture({ status: 'active' }),
        prescriptionFixture({ status: 'active' }),
      ]);
    });
  });

  describe('when the prescription does not exist', () => {
    it('confirms nothing and gets nothing', async () => {
      expect([await store.confirm('u6', 'missing'), await store.get('u6', 'missing')]).toEqual([
        null,
        null,
      ]);
    });
  });

  describe('when another user confirms the draft', () => {
    it('finds nothing and leaves the draft alone', async () => {
      await store.saveDraft('owner', prescriptionFixture());

      const stranger = await store.confirm('stranger', 'rx-1');

      expect(stranger).toBeNull();
      expect(await store.get('owner', 'rx-1')).toEqual(prescriptionFixture({ status: 'draft' }));
    });
  });

  describe('when the draft is older than a day', () => {
    it('is treated as absent', async () => {
      await store.saveDraft('u7', prescriptionFixture());
      nowMs += 24 * 3600_000;

      expect([await store.confirm('u7', 'rx-1'), await store.get('u7', 'rx-1')]).toEqual([
        null,
        null,
      ]);
    });
  });

  describe('when a draft reuses the id of an active prescription', () => {
    it('throws and keeps the active one', async () => {
      await store.saveDraft('u8', prescriptionFixture());
      await store.confirm('u8', 'rx-1');

      const attempt = store.saveDraft('u8', prescriptionFixture());

      await expect(attempt).rejects.toBeInstanceOf(Error);
      await expect(attempt).rejects.toThrow(/^prescription rx-1 is no longer a draft$/);
      expect(await store.get('u8', 'rx-1')).toEqual(prescriptionFixture({ status: 'active' }));
    });
  });

  describe('when a user has several active prescriptions', () => {
    it('lists them oldest first', async () => {
      const ids = ['rx-c', 'rx-a', 'rx-b'];
      const created = [
        '2026-03-01T10:00:00.000Z',
        '2026-03-03T10:00:00.000Z',
        '2026-03-02T10:00:00.000Z',
      ];
      for (const [index, prescriptionId] of ids.entries()) {
        await store.saveDraft(
          'u9',
          prescriptionFixture({ prescriptionId, createdAt: created[index] }),
        );
        await store.confirm('u9', prescriptionId);
      }

      const listed = await store.listActive('u9');

      expect(listed.map((prescription) => prescription.prescriptionId)).toEqual([
        'rx-c',
        'rx-b',
        'rx-a',
      ]);
    });
  });

  describe('when a draft is confirmed hours after it was proposed', () => {
    // Proposed at 09:00 in Kolkata (03:30Z), confirmed at 20:00 there (14:30Z).
    const proposedAt = '2026-03-02T03:30:00.000Z';

    it('restarts the schedule at the confirmation, keeping all 21 doses', async () => {
      nowMs = Date.parse(proposedAt);
      await store.saveDraft('late1', prescriptionFixture({ schedule: kolkataCourse(proposedAt) }));
      nowMs = Date.parse('2026-03-02T14:30:00.000Z');

      const confirmed = await store.confirm('late1', 'rx-1');

      const expected = prescriptionFixture({
        status: 'active',
        schedule: kolkataCourse('2026-03-02T14:30:00.000Z'),
      });
      expect(confirmed).toEqual(expected);
      expect(await store.get('late1', 'rx-1')).toEqual(expected);
      const instants = instantsOf(confirmed);
      expect(instants).toHaveLength(21);
      expect([instants[0], instants[20]]).toEqual(['2026-03-02T14:30:00Z', '2026-03-09T08:30:00Z']);
    });

    it('leaves a schedule confirmed within a few minutes as proposed', async () => {
      nowMs = Date.parse(proposedAt);
      await store.saveDraft('late2', prescriptionFixture({ schedule: kolkataCourse(proposedAt) }));
      nowMs += 4 * 60_000;

      const confirmed = await store.confirm('late2', 'rx-1');

      expect(confirmed).toEqual(
        prescriptionFixture({ status: 'active', schedule: kolkataCourse(proposedAt) }),
      );
    });

    it('does not restart it again when confirmed a second time', async () => {
      nowMs = Date.parse(proposedAt);
      await store.saveDraft('late3', prescriptionFixture({ schedule: kolkataCourse(proposedAt) }));
      nowMs = Date.parse('2026-03-02T14:30:00.000Z');
      await store.confirm('late3', 'rx-1');
      nowMs += 3 * 3600_000;

      const again = await store.confirm('late3', 'rx-1');

      expect(again?.schedule).toEqual(kolkataCourse('2026-03-02T14:30:00.000Z'));
    });
  });

  describe('when a late confirmation cannot rebuild the schedule', () => {
    it('keeps the proposed schedule and logs a warning without health data', async () => {
      const lines: unknown[] = [];
      const logged = new DynamoPrescriptionStore({
        client: storage.dynamo,
        tableNames: storage.tableNames,
        now: () => new Date(nowMs),
        logger: createJsonLogger({
          service: 'test',
          now: () => new Date(0),
          write: (line) => lines.push(JSON.parse(line)),
        }),
      });
      const proposedAt = '2026-03-02T03:30:00.000Z';
      const draft = prescriptionFixture({
        sig: sigReadingFixture({ ambiguous: true }),
        schedule: kolkataCourse(proposedAt),
      });
      nowMs = Date.parse(proposedAt);
      await logged.saveDraft('kept1', draft);
      nowMs += 3 * 3600_000;

      const confirmed = await logged.confirm('kept1', 'rx-1');

      expect(confirmed).toEqual({ ...draft, status: 'active' });
      expect(lines).toEqual([
        {
          level: 'warn',
          time: '1970-01-01T00:00:00.000Z',
          msg: 'schedule kept on late confirm',
          service: 'test',
          issues: 1,
        },
      ]);
    });
  });

  describe('when an active schedule is replaced', () => {
    it('stores the new schedule when the expected zone still holds', async () => {
      await store.saveDraft('rz1', prescriptionFixture());
      await store.confirm('rz1', 'rx-1');
      const schedule = { ...prescriptionFixture().schedule, timeZone: 'Asia/Kolkata' };

      const replaced = await store.replaceActiveSchedule(
        'rz1',
        'rx-1',
        { timeZone: 'Europe/London' },
        schedule,
      );

      expect(replaced).toEqual(prescriptionFixture({ status: 'active', schedule }));
      expect(await store.get('rz1', 'rx-1')).toEqual(replaced);
    });

    it('returns null and changes nothing when the zone moved on', async () => {
      await store.saveDraft('rz2', prescriptionFixture());
      await store.confirm('rz2', 'rx-1');
      const schedule = { ...prescriptionFixture().schedule, timeZone: 'Asia/Kolkata' };

      const replaced = await store.replaceActiveSchedule(
        'rz2',
        'rx-1',
        { timeZone: 'UTC' },
        schedule,
      );

      expect(replaced).toBeNull();
      expect(await store.get('rz2', 'rx-1')).toEqual(prescriptionFixture({ status: 'active' }));
    });

    it('returns null and leaves a draft a draft', async () => {
      await store.saveDraft('rz3', prescriptionFixture());
      const schedule = { ...prescriptionFixture().schedule, timeZone: 'Asia/Kolkata' };

      const replaced = await store.replaceActiveSchedule(
        'rz3',
        'rx-1',
        { timeZone: 'Europe/London' },
        schedule,
      );

      expect(replaced).toBeNull();
      expect(await store.get('rz3', 'rx-1')).toEqual(prescriptionFixture());
    });
  });
});
