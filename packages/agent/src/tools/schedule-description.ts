import type {
  DoseRange,
  DosePattern,
  DoseSchedule,
  SchedulePhase,
  ScheduledDose,
} from '@ctrl-alt-heal/domain';

/** A schedule in plain words plus the local clock times of a day's doses. */
export interface ScheduleDescription {
  /** Such as `1 capsule every day at 08:00, 14:00 and 20:00, until 2026-12-10`. */
  readonly text: string;
  /** Local `HH:MM` times of the first phase's doses, sorted; empty for as-needed medicines. */
  readonly timesPerDay: readonly string[];
  /** True when every dose of the first phase is taken only when needed. */
  readonly asNeeded: boolean;
}

const MINUTES_PER_DAY = 24 * 60;
/** Units of measure that stay as they are after a number ("500 mg", "10 mL"). */
const UNITS_WITHOUT_PLURAL = /^(mg|mcg|µg|ug|g|kg|ml|l|iu|%|mmol|meq|nanograms?|micrograms?)$/i;
const WEEKDAY_NAMES: Readonly<Record<string, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** `a`, `a and b`, `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) {
    return words.join('');
  }
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

function unitFor(unit: string | null, amount: number): string {
  if (unit === null) {
    return amount === 1 ? 'dose' : 'doses';
  }
  if (amount === 1 || UNITS_WITHOUT_PLURAL.test(unit) || unit.endsWith('s')) {
    return unit;
  }
  return /[^aeiou]y$/i.test(unit) ? `${unit.slice(0, -1)}ies` : `${unit}s`;
}

/** `1 capsule`, `1 to 2 tablets`, `500 mg`; null when the dose is not stated. */
export function describeDose(dose: DoseRange | null): string | null {
  if (dose === null) {
    return null;
  }
  const amount = dose.min === dose.max ? `${dose.min}` : `${dose.min} to ${dose.max}`;
  return `${amount} ${unitFor(dose.unit, dose.max)}`;
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function clockOf(minutes: number): string {
  const wrapped = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = String(Math.floor(wrapped / 60)).padStart(2, '0');
  return `${hours}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** The local times one pattern puts on a day (an interval's times from its first dose). */
export function timesOfPattern(pattern: DosePattern): string[] {
  switch (pattern.kind) {
    case 'asNeeded':
      return [];
    case 'interval': {
      const stepMinutes = pattern.everyHours * 60;
      const count = stepMinutes > 0 ? Math.ceil(MINUTES_PER_DAY / stepMinutes) : 1;
      const first = minutesOf(pattern.firstTime);
      return Array.from({ length: count }, (_, index) => clockOf(first + index * stepMinutes));
    }
    default:
      return [...pattern.times];
  }
}

function describePattern(pattern: DosePattern): string {
  const at = `at ${joinWords(timesOfPattern(pattern))}`;
  switch (pattern.kind) {
    case 'asNeeded':
      return `only when needed${pattern.reason === null ? '' : ` for ${pattern.reason}`}`;
    case 'interval':
      return `${pattern.everyHours === 1 ? 'every hour' : `every ${pattern.everyHours} hours`} from ${pattern.firstTime} (${at})`;
    case 'daily':
      return `${pattern.everyNDays === 1 ? 'every day' : `every ${pattern.everyNDays} days`} ${at}`;
    case 'weekly': {
      const days = joinWords(pattern.daysOfWeek.map((day) => WEEKDAY_NAMES[day] ?? day));
      const every = pattern.everyNWeeks === 1 ? 'every week' : `every ${pattern.everyNWeeks} weeks`;
      return `${every} on ${days} ${at}`;
    }
    case 'monthly':
      return `${pattern.everyNMonths === 1 ? 'every month' : `every ${pattern.everyNMonths} months`} ${at}`;
  }
}

function describeScheduledDose(dose: ScheduledDose): string {
  const amount = describeDose(dose.dose);
  return [amount, describePattern(dose.pattern)].filter((part) => part !== null).join(' ');
}

/** Settings of {@link describeSchedule}. */
export interface ScheduleDescriptionOptions {
  /**
   * Said once after the first phase's clock times, in brackets, such as `Europe/London time`.
   * @defaultValue none: the times stand alone.
   */
  readonly timeZoneLabel?: string;
}

/** Phases described one by one before the rest are only counted. */
const MAX_PHASES_DESCRIBED = 6;

/** One phase: its doses, then `label`, then (when `withLength`) how long it lasts. */
function describePhase(phase: SchedulePhase, label: string, withLength: boolean): string {
  const doses = `${joinWords(phase.doses.map(describeScheduledDose))}${label}`;
  const maxDoses = phase.maxDoses ?? null;
  if (!withLength || (phase.days === null && maxDoses === null)) {
    return doses;
  }
  return phase.days !== null
    ? `${doses} for ${phase.days} ${phase.days === 1 ? 'day' : 'days'}`
    : `${doses} for ${maxDoses} ${maxDoses === 1 ? 'dose' : 'doses'}`;
}

function describePhases(schedule: DoseSchedule, label: string): string {
  const stepped = schedule.phases.length > 1;
  const described = schedule.phases
    .slice(0, MAX_PHASES_DESCRIBED)
    .map((phase, index) => describePhase(phase, index === 0 ? label : '', stepped))
    .map((text, index) => (index === 0 ? text : `then ${text}`));
  const hidden = schedule.phases.length - described.length;
  return [...described, ...(hidden > 0 ? [`then it changes in ${hidden} more steps`] : [])].join(
    ', ',
  );
}

/**
 * Describes a schedule in plain words: every phase of a taper in turn (up to six, then a count
 * of the rest), with its end. Times are the schedule's local wall-clock times.
 */
export function describeSchedule(
  schedule: DoseSchedule,
  options: ScheduleDescriptionOptions = {},
): ScheduleDescription {
  const doses = schedule.phases[0]?.doses ?? [];
  const times = [...new Set(doses.flatMap((dose) => timesOfPattern(dose.pattern)))].sort();
  const label =
    options.timeZoneLabel === undefined || times.length === 0 ? '' : ` (${options.timeZoneLabel})`;
  const parts = [describePhases(schedule, label)];
  if (schedule.endDate !== null) {
    parts.push(`until ${schedule.endDate}`);
  }
  return {
    text: parts.join(', '),
    timesPerDay: times,
    asNeeded: doses.length > 0 && doses.every((dose) => dose.pattern.kind === 'asNeeded'),
  };
}
