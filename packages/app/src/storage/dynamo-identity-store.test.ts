import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { DynamoIdentityStore } from './dynamo-identity-store';
import { DynamoProfileStore } from './dynamo-profile-store';

describe('DynamoIdentityStore', () => {
  let storage: TestStorage;
  let sequence: number;
  const now = new Date('2026-03-01T09:00:00.000Z');

  useTestStorage((started) => {
    storage = started;
  });

  beforeEach(() => {
    sequence = 0;
  });

  function createStore(prefix: string): DynamoIdentityStore {
    return new DynamoIdentityStore({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => now,
      newUserId: () => `${prefix}-${++sequence}`,
    });
  }

  async function storedUserIds(prefix: string): Promise<string[]> {
    const result = await storage.dynamo.send(
      new ScanCommand({ TableName: storage.tableNames.users }),
    );
    return (result.Items ?? [])
      .map((item) => String(item.userId))
      .filter((userId) => userId.startsWith(`${prefix}-`));
  }

  describe('when a Telegram user writes for the first time', () => {
    it('creates a user with an empty profile', async () => {
      const store = createStore('first');

      const resolved = await store.resolveUser('telegram', '1001');

      const profile = await new DynamoProfileStore({
        client: storage.dynamo,
        tableNames: storage.tableNames,
      }).get('first-1');
      expect(resolved).toEqual({ userId: 'first-1', created: true });
      expect(profile).toEqual({
        userId: 'first-1',
        timeZone: null,
        createdAt: '2026-03-01T09:00:00.000Z',
      });
    });
  });

  describe('when the same Telegram user writes again', () => {
    it('returns the same user without creating one', async () => {
      const store = createStore('again');
      await store.resolveUser('telegram', '1002');

      const resolved = await store.resolveUser('telegram', '1002');

      expect(resolved).toEqual({ userId: 'again-1', created: false });
      expect(await storedUserIds('again')).toEqual(['again-1']);
    });
  });

  describe('when two Telegram users write', () => {
    it('gives each their own user', async () => {
      const store = createStore('two');

      const first = await store.resolveUser('telegram', '1003');
      const second = await store.resolveUser('telegram', '1004');

      expect([first, second]).toEqual([
        { userId: 'two-1', created: true },
        { userId: 'two-2', created: true },
      ]);
    });
  });

  describe('when 20 first contacts from one Telegram user race', () => {
    it('creates exactly one user and every caller gets it', async () => {
      const store = createStore('race');

      const results = await Promise.all(
        Array.from({ length: 20 }, () => store.resolveUser('telegram', '1005')),
      );

      const userIds = new Set(results.map((result) => result.userId));
      const [winner] = [...userIds];
      expect(userIds.size).toBe(1);
      expect(results.filter((result) => result.created)).toEqual([
        { userId: winner, created: true },
      ]);
      expect(await storedUserIds('race')).toEqual([winner]);
    });
  });
});
