import { buildSchedule, type DoseSchedule } from '@ctrl-alt-heal/domain';
import { CONFIRM_RESTART_GRACE_MS, restartScheduleAtConfirm } from './restart-schedule-at-confirm';
import { prescriptionFixture, sigReadingFixture } from './testing/prescription-fixture';

const PROPOSED_AT = '2026-03-02T08:00:00.000Z';

function londonCourse(startAt: string): DoseSchedule {
  const built = buildSchedule(sigReadingFixture(), {
    timeZone: 'Europe/London',
    startDate: startAt.slice(0, 10),
    startAt,
  });
  if (built.kind !== 'ok') throw new Error('fixture course needs clarification');
  return built.schedule;
}

describe('restartScheduleAtConfirm', () => {
  describe('when confirmed within the grace period', () => {
    it('keeps the current schedule', () => {
      const prescription = prescriptionFixture({ schedule: londonCourse(PROPOSED_AT) });
      const now = new Date(Date.parse(PROPOSED_AT) + CONFIRM_RESTART_GRACE_MS);

      expect(restartScheduleAtConfirm(prescription, now)).toEqual({ kind: 'current' });
    });
  });

  describe('when the schedule has no notBefore', () => {
    it('keeps the current schedule', () => {
      const now = new Date('2026-03-05T12:00:00.000Z');

      expect(restartScheduleAtConfirm(prescriptionFixture(), now)).toEqual({ kind: 'current' });
    });
  });

  describe('when confirmed on a later day', () => {
    it('rebuilds the schedule from that day and instant in the same zone', () => {
      const prescription = prescriptionFixture({ schedule: londonCourse(PROPOSED_AT) });
      const now = new Date('2026-03-03T21:15:00.000Z');

      expect(restartScheduleAtConfirm(prescription, now)).toEqual({
        kind: 'restarted',
        schedule: londonCourse('2026-03-03T21:15:00.000Z'),
      });
    });
  });

  describe('when the rebuild asks for clarification', () => {
    it('reports the kept schedule with its issue count', () => {
      const prescription = prescriptionFixture({
        sig: sigReadingFixture({ ambiguous: true }),
        schedule: londonCourse(PROPOSED_AT),
      });
      const now = new Date('2026-03-02T20:00:00.000Z');

      expect(restartScheduleAtConfirm(prescription, now)).toEqual({ kind: 'kept', issueCount: 1 });
    });
  });
});
