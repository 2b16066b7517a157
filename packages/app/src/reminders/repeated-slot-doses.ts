import { expandDoses, type DoseInstant, type DoseSchedule } from '@ctrl-alt-heal/domain';
import type { DoseItem } from './dose-item';
import { normalizeDueAt } from './dose-key';
import { plannedDose, PLAN_HORIZON_HOURS } from './dose-planner';

const HOUR_MS = 60 * 60 * 1000;

/** What {@link repeatedSlotDoses} compares. */
export interface ZoneMove {
  readonly userId: string;
  readonly prescriptionId: string;
  /** The schedule before the move. */
  readonly before: DoseSchedule;
  /** The same schedule in the new zone. */
  readonly after: DoseSchedule;
  /** Due instants of doses already handled (sent, answered, missed, moved) before the move. */
  readonly handledDueAts: readonly string[];
  readonly now: Date;
}

/**
 * The `moved` dose items that keep a zone change from reminding a slot twice. A slot is one
 * local date and time of the schedule (with its phase and dose index); after a move westwards
 * a slot reminded a moment ago in the old zone falls hours later in the new one. For each such
 * slot in the planning window (`[now, now + PLAN_HORIZON_HOURS)`) this returns a `moved` item at
 * the key the planner would use, so the planner, which only writes absent keys, skips it.
 * Interval doses carry their own clock time and are never matched.
 */
export function repeatedSlotDoses(move: ZoneMove): DoseItem[] {
  const handled = new Set(move.handledDueAts.map((at) => normalizeDueAt(at)));
  const sorted = [...handled].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return [];
  const earlier = expandDoses(move.before, {
    from: first,
    to: new Date(Date.parse(last) + 1000).toISOString(),
  });
  const slots = new Set(
    earlier.filter((instant) => handled.has(normalizeDueAt(instant.at))).map(slotOf),
  );
  const window = {
    from: move.now.toISOString(),
    to: new Date(move.now.getTime() + PLAN_HORIZON_HOURS * HOUR_MS).toISOString(),
  };
  const taken = new Map<string, number>();
  const items: DoseItem[] = [];
  for (const instant of expandDoses(move.after, window)) {
    // The same per-instant slot numbering as the planner, so the keys match.
    const dueAt = normalizeDueAt(instant.at);
    const index = taken.get(dueAt) ?? 0;
    taken.set(dueAt, index + 1);
    if (!slots.has(slotOf(instant))) continue;
    const dose = plannedDose(move.userId, move.prescriptionId, instant, String(index));
    items.push({ ...dose, status: 'moved' });
  }
  return items;
}

function slotOf(instant: DoseInstant): string {
  return [instant.localDate, instant.localTime, instant.phaseIndex, instant.doseIndex ?? 0].join(
    '|',
  );
}
