import { extractAsNeeded } from './sig-as-needed';
import { extractClockTimes } from './sig-clock-time';
import { extractDaysOfWeek } from './sig-day-of-week';
import type { DoseAmount } from './sig-dose';
import { findDoseAmounts } from './sig-dose';
import { extractDoseCount, extractSingleDose } from './sig-dose-count';
import { extractBareDurations, extractMarkedDurations } from './sig-duration';
import { extractEventTiming } from './sig-event-timing';
import { extractFrequencyMentions, resolveFrequency } from './sig-frequency';
import { extractPositionalPattern, extractTimesPerDayPattern } from './sig-positional-pattern';
import type {
  DayOfWeek,
  DoseRange,
  Duration,
  EventTiming,
  Frequency,
  Quantity,
} from './sig-reading';

/** What one clause (a phase or a part of a split dose) says. */
export interface SigClause {
  readonly dose: DoseRange | null;
  readonly strength: Quantity | null;
  readonly frequency: Frequency | null;
  readonly periodMax: number | null;
  readonly frequencyMax: number | null;
  readonly timesOfDay: readonly string[] | null;
  readonly when: readonly EventTiming[] | null;
  readonly dayOfWeek: readonly DayOfWeek[] | null;
  readonly asNeeded: boolean;
  readonly asNeededFor: string | null;
  readonly duration: Duration | null;
  /** Every duration the clause states, in text order (a taper tail may restate the course). */
  readonly durations: readonly Duration[];
  readonly count: number | null;
  /** The clause states contradicting frequencies or a count that its events do not match. */
  readonly conflict: boolean;
  /** Different amounts at named slots ("1-0-2"): the caller turns them into concurrent steps. */
  readonly slotDoses: readonly { readonly amount: number; readonly when: EventTiming }[] | null;
  /** "then stop for 7 days", "1 week off": the off part of an on/off cycle. */
  readonly offPeriod: boolean;
  /** "2.5 mg on all other days": the days that the other parts leave. */
  readonly otherDays: boolean;
}

/** What the whole sig tells every clause. */
export interface SigClauseContext {
  /** The dose form named with the product, used as the unit of a bare count. */
  readonly form: string | null;
}

const OFF_WORDS =
  /\b(?:stop(?:ped)?|(?<!(?:wash|rinse|wipe|peel|take|come) )off|remove[ds]?|no (?:tablets?|pills?|doses?)|break|pause)\b/;

const GENERIC_MEALS: ReadonlySet<EventTiming> = new Set(['C', 'AC', 'PC']);

interface Timing {
  readonly frequency: Frequency | null;
  readonly periodMax: number | null;
  readonly frequencyMax: number | null;
  readonly conflict: boolean;
}

function eventFrequency(when: readonly EventTiming[], clockTimes: number): Frequency | null {
  if (clockTimes > 0) return { count: clockTimes, period: 1, periodUnit: 'd' };
  if (when.length === 0 || when.some((code) => GENERIC_MEALS.has(code))) return null;
  return { count: when.length, period: 1, periodUnit: 'd' };
}

function resolveTiming(
  stated: ReturnType<typeof resolveFrequency>,
  when: readonly EventTiming[],
  clockTimes: number,
): Timing {
  const fromEvents = eventFrequency(when, clockTimes);
  if (stated.frequency === null) return { ...stated, frequency: fromEvents };
  // "daily at 9 am and 9 pm": the named events refine a generic "daily".
  if (stated.generic && fromEvents !== null && !stated.conflict)
    return { ...stated, frequency: fromEvents };
  const daily = stated.frequency.period === 1 && stated.frequency.periodUnit === 'd';
  const mismatch =
    fromEvents !== null &&
    daily &&
    stated.frequencyMax === null &&
    fromEvents.count !== stated.frequency.count;
  return { ...stated, conflict: stated.conflict || mismatch };
}

function doseOf(amount: DoseAmount | undefined, form: string | null): DoseRange | null {
  if (amount === undefined) return null;
  const { dose } = amount;
  return dose.unit === null && form !== null ? { ...dose, unit: form } : dose;
}

interface Patterns {
  readonly text: string;
  readonly slotDoses: SigClause['slotDoses'];
  readonly patternDose: number | null;
  readonly patternFrequency: Frequency | null;
  readonly patternWhen: readonly EventTiming[];
}

function readPatterns(text: string): Patterns {
  const slots = extractPositionalPattern(text);
  if (slots !== null) {
    const amounts = new Set(slots.doses.map((item) => item.amount));
    const single = amounts.size === 1 ? (slots.doses[0]?.amount ?? null) : null;
    return {
      text: slots.text,
      slotDoses: single === null ? slots.doses : null,
      patternDose: single,
      patternFrequency: { count: slots.doses.length, period: 1, periodUnit: 'd' },
      patternWhen: slots.doses.map((item) => item.when),
    };
  }
  const nxm = extractTimesPerDayPattern(text);
  if (nxm !== null) {
    return {
      text: nxm.text,
      slotDoses: null,
      patternDose: nxm.amount,
      patternFrequency: { count: nxm.timesPerDay, period: 1, periodUnit: 'd' },
      patternWhen: [],
    };
  }
  return { text, slotDoses: null, patternDose: null, patternFrequency: null, patternWhen: [] };
}

const SLOT_OF_TIME: Partial<Record<EventTiming, string>> = {
  MORN: 'M',
  NOON: 'D',
  EVE: 'V',
  NIGHT: 'V',
};

const MEAL_SLOT_OF_MEAL: Partial<Record<EventTiming, string>> = {
  CM: 'M',
  ACM: 'M',
  PCM: 'M',
  CD: 'D',
  ACD: 'D',
  PCD: 'D',
  CV: 'V',
  ACV: 'V',
  PCV: 'V',
};

/** Times of day that a clock time already pins down ("at 10 pm nightly"). */
const CLOCK_RESTATED: ReadonlySet<EventTiming> = new Set(['MORN', 'NOON', 'AFT', 'EVE', 'NIGHT']);

function readWhen(
  patternWhen: readonly EventTiming[],
  text: string,
  hasClockTime: boolean,
): { when: EventTiming[]; text: string } {
  const events = extractEventTiming(text);
  // A clock time pins the time of day, and a generic meal beside it ("at 8 am and 8 pm with
  // food") only qualifies the clock times: FHIR allows no when beside timeOfDay (tim-10).
  const named = hasClockTime
    ? events.when.filter((code) => !CLOCK_RESTATED.has(code) && !GENERIC_MEALS.has(code))
    : events.when;
  // "1-0-0 before breakfast": the named meal places the morning slot, as in "every morning
  // before breakfast".
  const mealSlots = new Set(named.map((code) => MEAL_SLOT_OF_MEAL[code]));
  const slots = patternWhen.filter((code) => !mealSlots.has(SLOT_OF_TIME[code]));
  const when = [...new Set([...slots, ...named])];
  return { when, text: events.text };
}

function readClause(input: string) {
  const clock = extractClockTimes(input);
  const patterns = readPatterns(clock.text);
  const counted = extractDoseCount(patterns.text);
  const marked = extractMarkedDurations(counted.text);
  const mentions = extractFrequencyMentions(marked.text);
  const prn = extractAsNeeded(mentions.text);
  const events = readWhen(patterns.patternWhen, prn.text, clock.times.length > 0);
  const days = extractDaysOfWeek(events.text);
  const bare = extractBareDurations(days.text);
  const single = extractSingleDose(bare.text);
  return {
    clock,
    patterns,
    counted,
    marked,
    mentions,
    prn,
    events,
    days,
    bare,
    single,
    text: single.text,
  };
}

/**
 * Blanks out everything in a clause that is not an amount (times, frequencies, durations, PRN
 * wording…), keeping positions, so that callers can find where each dose starts.
 */
export function maskSigClause(input: string): string {
  return readClause(input).text;
}

/**
 * Reads one clause of a normalised sig into dose, timing, PRN, duration and count. Extractors
 * run in a fixed order and blank out what they read, so a number is read once: clock times,
 * slot patterns, counts and durations, frequencies, PRN, events, days, then the dose.
 */
export function parseSigClause(input: string, context: SigClauseContext): SigClause {
  const { clock, patterns, counted, marked, mentions, prn, events, days, bare, single, text } =
    readClause(input);
  const amounts = findDoseAmounts(text);
  const stated = resolveFrequency(mentions.mentions.map((item) => item.value));
  const withPattern =
    stated.frequency === null && patterns.patternFrequency !== null
      ? { ...stated, frequency: patterns.patternFrequency }
      : stated;
  const timing = resolveTiming(
    withPattern,
    patterns.patternFrequency === null ? events.when : [],
    clock.times.length,
  );
  const durations = [...marked.found, ...bare.found]
    .sort((a, b) => a.index - b.index)
    .map((item) => item.value);
  const patternDose: DoseRange | null =
    patterns.patternDose === null
      ? null
      : { min: patterns.patternDose, max: patterns.patternDose, unit: context.form };
  return {
    dose: doseOf(amounts[0], context.form) ?? patternDose,
    strength: amounts[0]?.strength ?? null,
    frequency: timing.frequency,
    periodMax: timing.periodMax,
    frequencyMax: timing.frequencyMax,
    timesOfDay: clock.times.length > 0 ? [...new Set(clock.times.map((item) => item.value))] : null,
    when: events.when.length > 0 ? events.when : null,
    dayOfWeek: days.days,
    asNeeded: prn.asNeeded,
    asNeededFor: prn.reason,
    duration: durations[0] ?? null,
    durations,
    // "repeat … once" is the first dose plus one repeat.
    count: counted.count ?? (/\brepeat\b.*\bonce\b/.test(input) ? 2 : single.count),
    conflict: timing.conflict,
    slotDoses: patterns.slotDoses,
    offPeriod: amounts.length === 0 && durations.length > 0 && OFF_WORDS.test(input),
    otherDays: /\b(?:other|remaining) days\b|\brest of the week\b/.test(input),
  };
}
