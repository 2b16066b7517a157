import type { DoseSchedule } from '@ctrl-alt-heal/domain';
import { plannedDose } from './dose-planner';
import { repeatedSlotDoses } from './repeated-slot-doses';

const TWICE_DAILY_UTC: DoseSchedule = {
  timeZone: 'UTC',
  startDate: '2026-03-01',
  endDate: null,
  maxDoses: null,
  phases: [
    {
      doses: [{ pattern: { kind: 'daily', times: ['08:00', '20:00'], everyNDays: 1 }, dose: null }],
      days: null,
    },
  ],
};

function moveTo(timeZone: string, handledDueAts: readonly string[], now: string) {
  return repeatedSlotDoses({
    userId: 'u1',
    prescriptionId: 'rx-1',
    before: TWICE_DAILY_UTC,
    after: { ...TWICE_DAILY_UTC, timeZone },
    handledDueAts,
    now: new Date(now),
  });
}

describe('repeatedSlotDoses', () => {
  describe('when a reminded slot comes round again in the new zone', () => {
    it('returns a moved dose at the key the planner would use', () => {
      const held = moveTo(
        'America/Chicago',
        ['2026-03-10T08:00:00.000Z'],
        '2026-03-10T09:00:00.000Z',
      );

      expect(held).toEqual([
        { ...plannedDose('u1', 'rx-1', { at: '2026-03-10T13:00:00.000Z' }, '0'), status: 'moved' },
      ]);
    });
  });

  describe('when the patient moves east', () => {
    it('holds nothing, since the reminded slots lie in the past', () => {
      const held = moveTo('Asia/Tokyo', ['2026-03-10T08:00:00.000Z'], '2026-03-10T09:00:00.000Z');

      expect(held).toEqual([]);
    });
  });

  describe('when nothing was handled', () => {
    it('holds nothing', () => {
      expect(moveTo('America/Chicago', [], '2026-03-10T09:00:00.000Z')).toEqual([]);
    });
  });
});
