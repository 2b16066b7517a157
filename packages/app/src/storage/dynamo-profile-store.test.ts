import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ZodError } from 'zod';
import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { DynamoProfileStore } from './dynamo-profile-store';

describe('DynamoProfileStore', () => {
  let storage: TestStorage;
  let store: DynamoProfileStore;
  let nowMs: number;

  useTestStorage((started) => {
    storage = started;
    store = new DynamoProfileStore({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => new Date(nowMs),
    });
  });

  beforeEach(() => {
    nowMs = Date.parse('2026-03-01T09:00:00.000Z');
  });

  describe('when the user has no profile', () => {
    it('returns null', async () => {
      expect(await store.get('nobody')).toBeNull();
    });
  });

  describe('when a zone is set for a user without a profile', () => {
    it('creates the profile with that zone', async () => {
      await store.setTimeZone('p1', 'Asia/Kolkata');

      expect(await store.get('p1')).toEqual({
        userId: 'p1',
        timeZone: 'Asia/Kolkata',
        createdAt: '2026-03-01T09:00:00.000Z',
      });
    });
  });

  describe('when the zone changes later', () => {
    it('keeps the creation time and replaces the zone', async () => {
      await store.setTimeZone('p2', 'Asia/Kolkata');
      nowMs += 86_400_000;

      await store.setTimeZone('p2', 'Europe/London');

      expect(await store.get('p2')).toEqual({
        userId: 'p2',
        timeZone: 'Europe/London',
        createdAt: '2026-03-01T09:00:00.000Z',
      });
    });
  });

  describe('when a stored item is malformed', () => {
    it('throws a ZodError instead of returning it', async () => {
      await storage.dynamo.send(
        new PutCommand({
          TableName: storage.tableNames.users,
          Item: { userId: 'bad', createdAt: 7 },
        }),
      );

      await expect(store.get('bad')).rejects.toBeInstanceOf(ZodError);
    });
  });
});
