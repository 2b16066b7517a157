import type { ScheduledDose } from './dose-schedule';
import { scheduleError, type ScheduleIssue } from './schedule-result';

/** The doses with alternating ones spread apart, or why they cannot be. */
export interface AlternatingDoses {
  readonly doses: readonly ScheduledDose[];
  readonly issues: readonly ScheduleIssue[];
}

/**
 * Spreads side-by-side doses that each repeat every N days (N of 2 or more) over the days of the cycle,
 * because a sig gives such doses together only when they alternate: "100 mcg one day alternating
 * with 125 mcg the next" is two every-other-day doses, on days 0 and 1, never both on one day.
 * k such doses with the same N get offsets 0, N/k, 2N/k, ...; when k does not divide N the
 * patient is asked. Other doses pass through unchanged.
 *
 * @param path - where the side-by-side steps sit in the reading, for issue paths.
 */
export function spreadAlternatingDoses(
  doses: readonly ScheduledDose[],
  path: string,
): AlternatingDoses {
  const cycleLengths = doses.flatMap((dose) =>
    dose.pattern.kind === 'daily' && dose.pattern.everyNDays > 1 ? [dose.pattern.everyNDays] : [],
  );
  const issues: ScheduleIssue[] = [];
  const seen = new Map<number, number>();
  const spread = doses.map((dose) => {
    const { pattern } = dose;
    if (pattern.kind !== 'daily' || pattern.everyNDays <= 1) {
      return dose;
    }
    const sharing = cycleLengths.filter((length) => length === pattern.everyNDays).length;
    if (sharing === 1) {
      return dose;
    }
    if (pattern.everyNDays % sharing !== 0) {
      const message = `${sharing} doses each every ${pattern.everyNDays} days do not alternate evenly; on which days is each taken?`;
      issues.push(scheduleError('incomplete', path, message));
      return dose;
    }
    const index = seen.get(pattern.everyNDays) ?? 0;
    seen.set(pattern.everyNDays, index + 1);
    return { ...dose, pattern: { ...pattern, offsetDays: (index * pattern.everyNDays) / sharing } };
  });
  return { doses: spread, issues: issues.slice(0, 1) };
}
