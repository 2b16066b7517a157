import ical, { ICalAlarmType, type ICalCalendar } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { Prescription } from '../prescription/prescription';
import type { DoseInstant } from '../schedule/dose-schedule';
import type { DoseRange } from '../sig/sig-reading';
import { canonicalTimeZone } from '../timezone/canonical-time-zone';
import { scheduleSlots, type CalendarSlot } from './calendar-slots';
import { slotRule } from './slot-rule';
import { slotSegments } from './slot-segments';
import { generateVTimezone, type YearRange } from './vtimezone';

/** What goes into a patient's calendar file. */
export interface CalendarInput {
  /** The patient's IANA zone; also names the calendar's zone (`X-WR-TIMEZONE`). */
  readonly timeZone: string;
  readonly prescriptions: readonly Prescription[];
  /**
   * The moment written as every event's DTSTAMP.
   * @defaultValue the current time
   */
  readonly now?: Date;
}

/**
 * Years of zone rules written for a schedule that never ends. Past them a calendar reader keeps
 * the last offset listed, so open-ended reminders may drift by a daylight-saving hour after that.
 */
export const OPEN_ENDED_ZONE_YEARS = 20;

/**
 * Builds an iCalendar (RFC 5545) file of the reminders of every active prescription: one
 * recurring event per schedule slot (see `scheduleSlots`), at the planned local time with a
 * TZID and a VTIMEZONE generated from Temporal's zone rules, or in UTC for "every n hours"
 * intervals, which run in elapsed time. Each event has an RRULE ending with UNTIL (UTC) or COUNT,
 * the verbatim instruction as its description and a display alarm at the dose time. As-needed
 * medicines, drafts and stopped prescriptions get no events. A first dose whose planned time falls
 * in a spring-forward gap becomes its own event at the shifted time, so the rule keeps the
 * planned time. ical-generator escapes text and folds lines at 75 octets without splitting a
 * UTF-8 character.
 *
 * @throws RangeError when `timeZone` is not a known zone.
 */
export function buildCalendar(input: CalendarInput): string {
  const timeZone = canonicalTimeZone(input.timeZone);
  if (timeZone === null) throw new RangeError('Unknown time zone for the calendar');
  const slots = input.prescriptions
    .filter((p) => p.status === 'active')
    .flatMap((prescription) =>
      scheduleSlots(prescription.schedule).map((slot) => ({ prescription, slot })),
    );
  const years = yearRange(slots.map((s) => s.slot));
  const calendar = ical({
    prodId: { company: 'Ctrl-Alt-Heal', product: 'Medication reminders', language: 'EN' },
    name: 'Medication reminders',
    // No calendar-level zone name: ical-generator would then write DTSTAMP in local time.
    timezone: { name: null, generator: (tzid) => generateVTimezone(zoneOfTzid(tzid), years, tzid) },
  });
  calendar.x('X-WR-TIMEZONE', timeZone);
  const stamp = input.now ?? new Date();
  const options = { stamp, horizonYear: years.toYear };
  for (const { prescription, slot } of slots) addSlot(calendar, prescription, slot, options);
  return calendar.toString();
}

function addSlot(
  calendar: ICalCalendar,
  prescription: Prescription,
  slot: CalendarSlot,
  options: { readonly stamp: Date; readonly horizonYear: number },
): void {
  const zone = prescription.schedule.timeZone;
  const tzid = tzidOf(zone);
  const uid = slotUid(prescription, slot);
  const common = {
    stamp: options.stamp,
    summary: summaryOf(prescription.medication, slot.dose),
    description: prescription.instructionText,
    alarms: [{ type: ICalAlarmType.display, trigger: 0 }],
  };
  const { runs, singles } = slotSegments(slot, prescription.schedule, options.horizonYear);
  for (const [i, run] of runs.entries()) {
    const id = i === 0 ? uid : uid.replace('@', `-run${i + 1}@`);
    const repeating = slotRule(slot, run);
    if (slot.pattern.kind === 'interval') {
      calendar.createEvent({ ...common, id, start: new Date(run.start.at), repeating });
    } else {
      const start = planned(run.start, zone);
      calendar.createEvent({ ...common, id, timezone: tzid, start, repeating });
    }
  }
  for (const single of singles) {
    const id = uid.replace('@', `-${single.localDate}@`);
    calendar.createEvent({ ...common, id, start: new Date(single.at) });
  }
}

/** The planned local time as a zoned time; only called for regular doses, whose time exists. */
function planned(dose: DoseInstant, zone: string): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(`${dose.localDate}T${dose.localTime}`).toZonedDateTime(zone);
}

/**
 * The TZID written for a zone: the IANA name, or `UTC+0530` for a fixed offset, because a colon
 * in an unquoted TZID parameter would end the parameter early.
 */
function tzidOf(zone: string): string {
  return /^[+-]/.test(zone) ? `UTC${zone.replace(':', '')}` : zone;
}

function zoneOfTzid(tzid: string): string {
  const offset = /^UTC([+-]\d{2})(\d{2})$/.exec(tzid);
  return offset ? `${offset[1]}:${offset[2]}` : tzid;
}

function slotUid(prescription: Prescription, slot: CalendarSlot): string {
  const time =
    slot.pattern.kind === 'interval' ? 'interval' : slot.doses[0].localTime.replace(':', '');
  return `${prescription.prescriptionId}-${slot.phaseIndex}-${slot.doseIndex}-${time}@ctrl-alt-heal`;
}

function summaryOf(medication: string, dose: DoseRange | null): string {
  if (dose === null) return medication;
  const amount = dose.min === dose.max ? `${dose.min}` : `${dose.min}-${dose.max}`;
  return `${medication}: ${amount}${dose.unit === null ? '' : ` ${dose.unit}`}`;
}

function yearRange(slots: readonly CalendarSlot[]): YearRange {
  const year = (dose: DoseInstant): number => Temporal.PlainDate.from(dose.localDate).year;
  const firstYears = slots.map((s) => year(s.doses[0]));
  if (firstYears.length === 0) return { fromYear: 1970, toYear: 1970 };
  const fromYear = Math.min(...firstYears);
  const lastYears = slots.map((s) =>
    s.open
      ? year(s.doses[0]) + OPEN_ENDED_ZONE_YEARS
      : year(s.doses[s.doses.length - 1] ?? s.doses[0]),
  );
  return { fromYear, toYear: Math.max(fromYear, ...lastYears) };
}
