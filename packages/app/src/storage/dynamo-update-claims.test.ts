import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { DynamoUpdateClaims } from './dynamo-update-claims';

describe('DynamoUpdateClaims', () => {
  let storage: TestStorage;
  let nowMs: number;

  useTestStorage((started) => {
    storage = started;
  });

  beforeEach(() => {
    nowMs = Date.parse('2026-03-01T09:00:00.000Z');
  });

  function createClaims(retentionSeconds?: number): DynamoUpdateClaims {
    return new DynamoUpdateClaims({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => new Date(nowMs),
      ...(retentionSeconds === undefined ? {} : { retentionSeconds }),
    });
  }

  describe('when an update is claimed for the first time', () => {
    it('wins the claim', async () => {
      expect(await createClaims().claim(1)).toBe(true);
    });
  });

  describe('when the same update is claimed again', () => {
    it('loses the claim', async () => {
      const claims = createClaims();
      await claims.claim(2);

      expect(await claims.claim(2)).toBe(false);
    });
  });

  describe('when ten deliveries of one update race', () => {
    it('lets exactly one win', async () => {
      const claims = createClaims();

      const results = await Promise.all(Array.from({ length: 10 }, () => claims.claim(3)));

      expect(results.filter(Boolean)).toEqual([true]);
    });
  });

  describe('when the claim is older than its retention', () => {
    it('treats the expired claim as free', async () => {
      const claims = createClaims();
      await claims.claim(4);
      nowMs += 47 * 3600_000;
      const beforeExpiry = await claims.claim(4);
      nowMs += 1 * 3600_000;

      const afterExpiry = await claims.claim(4);

      expect([beforeExpiry, afterExpiry]).toEqual([false, true]);
    });
  });

  describe('when a claim is released', () => {
    it('can be claimed again', async () => {
      const claims = createClaims();
      await claims.claim(5);

      await claims.release(5);

      expect(await claims.claim(5)).toBe(true);
    });
  });

  describe('when the retention is under 24 hours', () => {
    it('refuses to build', () => {
      expect(() => createClaims(3600)).toThrow(
        new Error('update claims must be kept at least 86400 s, got 3600'),
      );
    });
  });
});
