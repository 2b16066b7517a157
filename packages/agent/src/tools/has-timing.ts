import type { SigStep } from '@ctrl-alt-heal/domain';

/**
 * True when a reading (or step) says when or how often to take the medicine: a frequency or
 * interval, times or events of the day, days of the week, a number of doses, a course length,
 * "as needed", or steps (a taper, a loading dose, alternating days) of which one is timed.
 */
export function hasTiming(reading: SigStep): boolean {
  return (
    reading.frequency !== null ||
    reading.periodMax !== null ||
    reading.when !== null ||
    reading.timesOfDay !== null ||
    reading.dayOfWeek !== null ||
    reading.count !== null ||
    reading.duration !== null ||
    reading.asNeeded ||
    (reading.steps ?? []).some(hasTiming)
  );
}
