import { doseKeyOf, dueAtOfShortId, dueHourOf, normalizeDueAt, shortIdOf } from './dose-key';

describe('dose keys', () => {
  describe('when an instant comes from the domain', () => {
    it('is normalized to whole seconds with milliseconds shown', () => {
      expect(normalizeDueAt('2026-03-29T07:00:00Z')).toBe('2026-03-29T07:00:00.000Z');
      expect(normalizeDueAt('2026-03-29T07:00:00.999Z')).toBe('2026-03-29T07:00:00.000Z');
    });
  });

  describe('when a dose key and its hour are built', () => {
    it('starts with the due instant', () => {
      const dueAt = '2026-03-29T07:00:00.000Z';

      expect(doseKeyOf({ dueAt, prescriptionId: 'rx-1', slot: '0' })).toBe(`${dueAt}#rx-1#0`);
      expect(dueHourOf(dueAt)).toBe('2026-03-29T07');
    });
  });

  describe('when a short id is made', () => {
    it('carries the due instant back and stays short', () => {
      const dueAt = '2026-03-29T07:00:00.000Z';
      const id = shortIdOf(`${dueAt}#${'x'.repeat(36)}#0z2`, dueAt);

      expect(dueAtOfShortId(id)).toBe(dueAt);
      expect(id).toMatch(/^[0-9a-z]+\.[A-Za-z0-9_-]{8}$/);
      expect(id.length).toBeLessThanOrEqual(17);
    });

    it('differs between doses at the same instant', () => {
      const dueAt = '2026-03-29T07:00:00.000Z';

      expect(shortIdOf(`${dueAt}#rx-1#0`, dueAt)).not.toBe(shortIdOf(`${dueAt}#rx-2#0`, dueAt));
    });
  });

  describe('when a short id is malformed', () => {
    it('yields null', () => {
      expect(dueAtOfShortId('nope')).toBeNull();
      expect(dueAtOfShortId('abc.123')).toBeNull();
    });
  });
});
