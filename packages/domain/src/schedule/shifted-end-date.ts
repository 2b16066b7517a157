import { Temporal } from 'temporal-polyfill';
import { courseStartOf } from './course-start';
import type { DoseSchedule } from './dose-schedule';
import { expandDoses } from './expand-doses';

/**
 * The last local date of a schedule whose `notBefore` falls part-way through its first date:
 * such a course runs on into the day after its nominal end (see {@link DoseSchedule.notBefore}),
 * and its end date names the date of its last dose. Returns `schedule.endDate` unchanged when the
 * course is not shifted, has no end date, has a phase without a length in days (its end is then
 * only a date, not a number of days), or has no timed dose at all.
 */
export function shiftedEndDate(schedule: DoseSchedule): string | null {
  const nominal = schedule.endDate;
  const course = courseStartOf(schedule);
  const everyPhaseHasDays = schedule.phases.every((phase) => phase.days !== null);
  // TODO: a course whose end comes from the reading's overall duration while its last phase has
  // no length of its own ("2 tablets for 3 days, then 1 tablet; 10 days in all") keeps its nominal
  // end date, so the first day's skipped slots are not made up at the end and the course is short
  // by those doses. Meanwhile the end date is never later than the prescriber wrote, which is the
  // safe side; making it up needs the overall duration stored on the schedule, not only a date.
  if (nominal === null || course.shift === null || !everyPhaseHasDays) {
    return nominal;
  }
  const extended = Temporal.PlainDate.from(nominal).add({ days: 1 });
  const widened = { ...schedule, endDate: extended.toString() };
  const to = extended.add({ days: 2 }).toZonedDateTime(schedule.timeZone).toInstant().toString();
  const doses = expandDoses(widened, { from: schedule.notBefore ?? to, to });
  return doses[doses.length - 1]?.localDate ?? nominal;
}
