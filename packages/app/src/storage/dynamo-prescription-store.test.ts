import { startTestStorage, type TestStorage } from '../embedded/testing/start-test-storage';
import { DynamoPrescriptionStore } from './dynamo-prescription-store';
import { prescriptionFixture } from './testing/prescription-fixture';

describe('DynamoPrescriptionStore', () => {
  let storage: TestStorage;
  let store: DynamoPrescriptionStore;
  let nowMs: number;

  beforeAll(async () => {
    storage = await startTestStorage();
    store = new DynamoPrescriptionStore({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => new Date(nowMs),
    });
  });

  afterAll(async () => {
    await storage.stop();
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
});
