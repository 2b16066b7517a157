import { Temporal } from 'temporal-polyfill';

const SAMPLE_START = Temporal.Instant.from('2026-01-01T00:00:00Z');
const SAMPLE_EVERY_HOURS = 24 * 7;
const SAMPLE_COUNT = 53;
const offsetsCache = new Map<string, string>();

/**
 * True when two zones show the same wall-clock time all through 2026 (checked once a week), such
 * as `Europe/Paris` and `Europe/Berlin`, or `America/Sao_Paulo` and `America/Bahia`. Used to
 * avoid asking a patient to choose between zones that behave alike.
 *
 * TODO: it compares one year of weekly samples, so zones that differ only in history or for a
 * few days between two samples count as alike; in that case the patient gets the first zone
 * of the pair, which shows the same clock on almost every day of the year.
 */
export function haveSameClock(first: string, second: string): boolean {
  return first === second || offsetsOf(first) === offsetsOf(second);
}

function offsetsOf(timeZone: string): string {
  const cached = offsetsCache.get(timeZone);
  if (cached !== undefined) {
    return cached;
  }
  const offsets = Array.from(
    { length: SAMPLE_COUNT },
    (_, week) =>
      SAMPLE_START.add({ hours: week * SAMPLE_EVERY_HOURS }).toZonedDateTimeISO(timeZone).offset,
  ).join(',');
  offsetsCache.set(timeZone, offsets);
  return offsets;
}
