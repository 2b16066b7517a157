import { Temporal } from 'temporal-polyfill';
import type { DoseInstant, DoseSchedule } from './dose-schedule';
import { expandDoses } from './expand-doses';

/**
 * The doses planned for one local date in the schedule's zone ("today's doses"), sorted by
 * instant. A dose belongs to the date it was planned for: a 23:30 dose pushed past midnight by a
 * spring-forward gap still counts for its own day. Interval doses belong to the local date on
 * which they fall.
 *
 * @param localDate - `YYYY-MM-DD` in the schedule's zone.
 * @throws RangeError when `localDate` is not a date or the schedule is malformed.
 */
export function dosesOnLocalDate(schedule: DoseSchedule, localDate: string): DoseInstant[] {
  const date = Temporal.PlainDate.from(localDate, { overflow: 'reject' });
  const from = date.subtract({ days: 1 }).toZonedDateTime(schedule.timeZone).toInstant();
  const to = date.add({ days: 2 }).toZonedDateTime(schedule.timeZone).toInstant();
  const wanted = date.toString();
  return expandDoses(schedule, { from: from.toString(), to: to.toString() }).filter(
    (dose) => dose.localDate === wanted,
  );
}
