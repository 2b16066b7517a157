import { Temporal } from 'temporal-polyfill';
import type {
  DayOfWeek,
  Duration,
  EventTiming,
  Frequency,
  PeriodUnit,
  SigStep,
} from '../sig/sig-reading';
import { durationFromFhir, periodUnitFromWord } from './fhir-duration';
import { FhirJsonReader, type JsonRecord } from './fhir-json';

/** The timing part of a step, as read from a FHIR `Timing`. */
export type TimingFields = Pick<
  SigStep,
  | 'frequency'
  | 'periodMax'
  | 'frequencyMax'
  | 'timesOfDay'
  | 'when'
  | 'dayOfWeek'
  | 'duration'
  | 'count'
>;

/** Timing with nothing set. */
export const NO_TIMING: TimingFields = {
  frequency: null,
  periodMax: null,
  frequencyMax: null,
  timesOfDay: null,
  when: null,
  dayOfWeek: null,
  duration: null,
  count: null,
};

const EVENT_TIMINGS: readonly EventTiming[] = [
  'MORN', 'NOON', 'AFT', 'EVE', 'NIGHT', 'HS', 'WAKE', 'C', 'CM', 'CD', 'CV',
  'AC', 'ACM', 'ACD', 'ACV', 'PC', 'PCM', 'PCD', 'PCV',
]; // prettier-ignore
const DAYS: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$/;

/**
 * Reads `Timing.repeat` into timing fields, recording an issue for every value the schedule
 * cannot honour (seconds or years as units, unknown `when` codes, open bounds, ranges). Minutes
 * become fractional hours, as in the sig corpus.
 */
export function readTimingRepeat(
  repeat: JsonRecord,
  path: string,
  json: FhirJsonReader,
): TimingFields {
  const period = readPeriod(repeat, path, json);
  return {
    frequency: period?.frequency ?? null,
    periodMax: period?.periodMax ?? null,
    frequencyMax: json.number(repeat, 'frequencyMax', path) ?? null,
    timesOfDay: readTimesOfDay(repeat, path, json),
    when: readCodes(repeat, 'when', path, json, (c) => EVENT_TIMINGS.find((e) => e === c)),
    dayOfWeek: readCodes(repeat, 'dayOfWeek', path, json, (c) => DAYS.find((d) => d === c)),
    duration: readBounds(repeat, path, json),
    count: readCount(repeat, path, json),
  };
}

function readPeriod(
  repeat: JsonRecord,
  path: string,
  json: FhirJsonReader,
): { frequency: Frequency; periodMax: number | null } | null {
  const frequency = json.number(repeat, 'frequency', path);
  const period = json.number(repeat, 'period', path);
  const periodMax = json.number(repeat, 'periodMax', path);
  const unitCode = json.string(repeat, 'periodUnit', path);
  if (period === undefined) {
    if (frequency !== undefined)
      json.error('required', `${path}.period`, 'frequency needs a period');
    return null;
  }
  const scale = unitScale(unitCode);
  if (!scale || !(period > 0)) {
    json.error('not-supported', `${path}.periodUnit`, 'period must be positive, in h, d, wk or mo');
    return null;
  }
  const count = frequency ?? 1;
  if (!Number.isInteger(count) || count < 1) {
    json.error('value', `${path}.frequency`, 'frequency must be a positive integer');
    return null;
  }
  const max = periodMax === undefined ? null : periodMax * scale.factor;
  return {
    frequency: { count, period: period * scale.factor, periodUnit: scale.unit },
    periodMax: max,
  };
}

function unitScale(code: string | undefined): { unit: PeriodUnit; factor: number } | null {
  if (code === 'min') return { unit: 'h', factor: 1 / 60 };
  if (code === 'a') return { unit: 'mo', factor: 12 };
  const unit = code === undefined ? null : periodUnitFromWord(code);
  return unit ? { unit, factor: 1 } : null;
}

function readTimesOfDay(repeat: JsonRecord, path: string, json: FhirJsonReader): string[] | null {
  const items = json.array(repeat, 'timeOfDay', path);
  if (!items || items.length === 0) return null;
  const times = items.flatMap((item, i) => {
    const match = typeof item === 'string' ? TIME_OF_DAY.exec(item) : null;
    if (!match) {
      json.error('value', `${path}.timeOfDay[${i}]`, 'must be a time of day HH:MM:SS');
      return [];
    }
    return [`${match[1]}:${match[2]}`];
  });
  return [...new Set(times)].sort();
}

function readCodes<T>(
  repeat: JsonRecord,
  key: string,
  path: string,
  json: FhirJsonReader,
  known: (code: string) => T | undefined,
): T[] | null {
  const items = json.array(repeat, key, path);
  if (!items || items.length === 0) return null;
  const codes = items.flatMap((item, i) => {
    const code = typeof item === 'string' ? known(item) : undefined;
    if (code === undefined) json.error('not-supported', `${path}.${key}[${i}]`, 'unsupported code');
    return code === undefined ? [] : [code];
  });
  return codes;
}

function readBounds(repeat: JsonRecord, path: string, json: FhirJsonReader): Duration | null {
  const bounds = json.quantity(repeat, 'boundsDuration', path);
  if (bounds) {
    const duration = durationFromFhir(bounds);
    if (!duration) {
      json.error('value', `${path}.boundsDuration`, 'needs a positive value in h, d, wk or mo');
    }
    return duration;
  }
  if (repeat['boundsRange'] !== undefined) {
    json.error('not-supported', `${path}.boundsRange`, 'a range of treatment lengths');
  }
  const period = json.record(repeat, 'boundsPeriod', path);
  return period ? readBoundsPeriod(period, `${path}.boundsPeriod`, json) : null;
}

function readBoundsPeriod(period: JsonRecord, path: string, json: FhirJsonReader): Duration | null {
  const start = localDate(json.string(period, 'start', path));
  const end = localDate(json.string(period, 'end', path));
  if (!start || !end) {
    json.error('not-supported', path, 'a bounds period needs a start and an end date');
    return null;
  }
  const days = start.until(end, { largestUnit: 'day' }).days + 1;
  if (days < 1) json.error('value', path, 'the end is before the start');
  // The reading keeps only the length; the caller picks the start date of the schedule.
  json.warn('not-supported', `${path}.start`, 'only the length of the period is kept');
  return days < 1 ? null : { value: days, unit: 'd' };
}

function localDate(text: string | undefined): Temporal.PlainDate | null {
  const match = text === undefined ? null : /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (!match?.[1]) return null;
  try {
    return Temporal.PlainDate.from(match[1], { overflow: 'reject' });
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function readCount(repeat: JsonRecord, path: string, json: FhirJsonReader): number | null {
  const count = json.number(repeat, 'count', path);
  if (repeat['countMax'] !== undefined) {
    json.warn('not-supported', `${path}.countMax`, 'only the lower count is kept');
  }
  if (count === undefined) return null;
  if (Number.isInteger(count) && count >= 1) return count;
  json.error('value', `${path}.count`, 'count must be a positive integer');
  return null;
}
