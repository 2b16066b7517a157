import type { DayOfWeek, DoseRange } from '../sig/sig-reading';

/**
 * A wall-clock time of day, `HH:MM` in 24-hour form. Schedules store local times, never UTC
 * times of day, so a reminder stays at 08:00 across a daylight-saving change.
 */
export type LocalTime = string;

/** When, within a day or week, the doses of one pattern fall. */
export type DosePattern =
  /**
   * At fixed local times every `everyNDays` days (1 = daily, 2 = every other day), counted from
   * the phase's first date plus `offsetDays` (absent = 0). Alternating doses ("100 mcg one day,
   * 125 mcg the next") are two such patterns with offsets 0 and 1.
   */
  | {
      readonly kind: 'daily';
      readonly times: readonly LocalTime[];
      readonly everyNDays: number;
      readonly offsetDays?: number;
    }
  /** At fixed local times on the named days of the week, every `everyNWeeks` weeks. */
  | {
      readonly kind: 'weekly';
      readonly times: readonly LocalTime[];
      readonly daysOfWeek: readonly DayOfWeek[];
      readonly everyNWeeks: number;
    }
  /**
   * On the same day of the month as the phase's first date, every `everyNMonths` months, at fixed
   * local times. A day that a month lacks (the 31st in April) falls on that month's last day.
   */
  | {
      readonly kind: 'monthly';
      readonly times: readonly LocalTime[];
      readonly everyNMonths: number;
    }
  /**
   * Every `everyHours` hours of elapsed time from `firstTime` on the phase's first date ("every 8
   * hours"). It steps in exact hours across midnight and daylight-saving changes, so the local
   * clock times may move by the size of a change; fractional hours (0.25 = 15 minutes) are allowed.
   */
  | { readonly kind: 'interval'; readonly firstTime: LocalTime; readonly everyHours: number }
  /** Taken only when needed: never reminded. */
  | { readonly kind: 'asNeeded'; readonly reason: string | null };

/** One pattern with the amount taken at each of its times. */
export interface ScheduledDose {
  readonly pattern: DosePattern;
  readonly dose: DoseRange | null;
}

/**
 * A stretch of a schedule. Phases run one after another (a taper); the doses inside a phase
 * run side by side (2 in the morning and 1 at night).
 */
export interface SchedulePhase {
  readonly doses: readonly ScheduledDose[];
  /** Length of the phase in days; null runs to the end of the schedule. */
  readonly days: number | null;
  /**
   * Number of doses after which the phase ends ("3 times a week for 6 doses, then ..."); the next
   * phase starts the day after the last of them. Absent or null: the phase ends by `days` only.
   */
  readonly maxDoses?: number | null;
}

/**
 * When a prescription's doses are due: local wall-clock times plus an IANA zone plus a start
 * and an end. Dose instants are always expanded from this, never stored as UTC times of day.
 */
export interface DoseSchedule {
  /** IANA time zone name, such as `Europe/London`. */
  readonly timeZone: string;
  /** First local date, `YYYY-MM-DD`. */
  readonly startDate: string;
  /** Last local date (inclusive), `YYYY-MM-DD`; null when open-ended. */
  readonly endDate: string | null;
  /** Total number of doses after which the schedule ends; null when unbounded. */
  readonly maxDoses: number | null;
  readonly phases: readonly SchedulePhase[];
  /**
   * UTC instant (ISO 8601) before which no dose is produced: the moment the patient confirmed
   * the course. Absent or null: doses start at the first slot of `startDate`.
   *
   * The course keeps its full length. When `notBefore` falls on `startDate` (in `timeZone`) at
   * local time T, every phase that lasts a number of days runs from its first date at T to the
   * day after its last date at T, so a 7-day course of three doses a day confirmed at 17:08 still
   * gives 21 doses, the last of them on the morning of the eighth date (which `endDate` then
   * names). Dose counts (`maxDoses`) count from the first dose at or after `notBefore`.
   * Open-ended phases simply skip the slots before it. When `notBefore` falls before
   * `startDate` it removes nothing and phases run from midnight.
   * @defaultValue absent (no lower bound)
   */
  readonly notBefore?: string | null;
}

/** One expanded dose: the exact instant plus the local wall-clock time it was planned for. */
export interface DoseInstant {
  /** UTC instant, ISO 8601 with `Z`. */
  readonly at: string;
  /**
   * Local date `YYYY-MM-DD` in the schedule's zone: the date the dose was planned for (interval
   * doses: the date on which the instant falls).
   */
  readonly localDate: string;
  /**
   * Planned local time `HH:MM`: a time inside a spring-forward gap keeps its planned value while
   * `at` is the shifted instant. Interval doses carry the wall-clock time of `at` itself.
   */
  readonly localTime: LocalTime;
  readonly dose: DoseRange | null;
  /** Index of the phase this dose belongs to. */
  readonly phaseIndex: number;
  /** Index of the dose within its phase's `doses` (which slot of a split daily dose). */
  readonly doseIndex?: number;
}
