import { expandDoses, type DoseInstant, type Prescription } from '@ctrl-alt-heal/domain';
import type { Logger } from '../logging/logger';
import type { DoseItem } from './dose-item';
import { doseKeyOf, dueHourOf, normalizeDueAt, shortIdOf } from './dose-key';
import type { DynamoDoseStore } from './dynamo-dose-store';
import type { DynamoPlanMarkers, PlanMarker } from './dynamo-plan-markers';
import type { ReminderBlockReader } from './reminder-block-flags';

/** How far ahead doses are planned, in hours. */
export const PLAN_HORIZON_HOURS = 48;

/** How long a dose item (and so the adherence record) is kept after its due time, in days. */
export const DOSE_RETENTION_DAYS = 400;

/**
 * Hours between top-ups of one prescription: planning then always reaches at least
 * `PLAN_HORIZON_HOURS - TOP_UP_EVERY_HOURS` (36 h) ahead.
 */
export const TOP_UP_EVERY_HOURS = 12;

/** When a claimed top-up that did not finish may be tried again, in ms after the claim. */
export const TOP_UP_RETRY_MS = 2 * 60 * 1000;

const HOUR_MS = 60 * 60 * 1000;
const DAY_SECONDS = 24 * 60 * 60;

/** Settings of {@link DosePlanner}. */
export interface DosePlannerOptions {
  readonly doses: Pick<DynamoDoseStore, 'putIfAbsent' | 'keysBetween'>;
  readonly markers: Pick<DynamoPlanMarkers, 'arm' | 'due' | 'claim' | 'remove'>;
  readonly prescriptions: {
    get(userId: string, prescriptionId: string): Promise<Prescription | null>;
  };
  readonly blocks: ReminderBlockReader;
  readonly logger: Logger;
  /** Planning window in hours. @defaultValue {@link PLAN_HORIZON_HOURS} */
  readonly horizonHours?: number;
}

/** What one top-up did. */
export interface TopUpSummary {
  readonly prescriptions: number;
  readonly created: number;
  readonly failed: number;
}

/**
 * Expands active prescriptions into dose items for the next 48 hours. Every write is a
 * conditional put on the dose key, so planning twice (or from three tasks at once) creates no
 * duplicate. As-needed prescriptions, stopped ones and users who blocked the bot get no doses.
 * Each planning arms the prescription's plan marker {@link TOP_UP_EVERY_HOURS} ahead, and
 * {@link DosePlanner.topUpDue} plans again the prescriptions whose marker came due.
 */
export class DosePlanner {
  private readonly horizonMs: number;

  /** @param options - Stores, the active-prescription source, logger and window. */
  constructor(private readonly options: DosePlannerOptions) {
    this.horizonMs = (options.horizonHours ?? PLAN_HORIZON_HOURS) * HOUR_MS;
  }

  /**
   * Plans the doses of one prescription due in `[now, now + horizon)`; returns how many new
   * dose items were written.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   * @throws RangeError when the schedule is malformed (schedules are validated when built).
   */
  async planAhead(userId: string, prescription: Prescription, now: Date): Promise<number> {
    if (!isRemindable(prescription)) return 0;
    // Armed even for a blocked user, so planning resumes by itself once the flag is cleared.
    await this.armMarker(userId, prescription.prescriptionId, now);
    if (await this.options.blocks.isBlocked(userId)) return 0;

    const items = doseItemsOf(userId, prescription, now, this.horizonMs);
    if (items.length === 0) return 0;

    const existing = await this.options.doses.keysBetween(
      userId,
      items[0]?.dueAt ?? '',
      items[items.length - 1]?.dueAt ?? '',
    );
    let created = 0;
    for (const item of items.filter((candidate) => !existing.has(candidate.doseKey))) {
      if (await this.options.doses.putIfAbsent(item)) created += 1;
    }
    return created;
  }

  /**
   * Plans again every prescription whose plan marker is due. Each marker is claimed first, so
   * one task plans it; a prescription that is gone, stopped or as-needed loses its marker. One
   * that fails is logged (without ids or names) and counted; the others still get planned.
   *
   * @throws StorageUnavailableError when the marker query itself fails.
   */
  async topUpDue(now: Date): Promise<TopUpSummary> {
    const summary = { prescriptions: 0, created: 0, failed: 0 };
    for (const marker of await this.options.markers.due(now.toISOString())) {
      try {
        const created = await this.topUpOne(marker, now);
        if (created === null) continue;
        summary.prescriptions += 1;
        summary.created += created;
      } catch (error) {
        summary.failed += 1;
        this.options.logger.error('dose planning failed', { err: error });
      }
    }
    return summary;
  }

  /** Doses created, or null when another task had the marker or it was removed. */
  private async topUpOne(marker: PlanMarker, now: Date): Promise<number | null> {
    const retryAt = new Date(now.getTime() + TOP_UP_RETRY_MS).toISOString();
    if (!(await this.options.markers.claim(marker, retryAt))) return null;
    const prescription = await this.options.prescriptions.get(marker.userId, marker.prescriptionId);
    if (prescription === null || !isRemindable(prescription)) {
      await this.options.markers.remove(marker);
      return null;
    }
    return this.planAhead(marker.userId, prescription, now);
  }

  private async armMarker(userId: string, prescriptionId: string, now: Date): Promise<void> {
    const dueAt = new Date(now.getTime() + TOP_UP_EVERY_HOURS * HOUR_MS);
    const expiresAt = Math.floor(dueAt.getTime() / 1000) + DOSE_RETENTION_DAYS * DAY_SECONDS;
    await this.options.markers.arm(
      { userId, prescriptionId, dueAt: dueAt.toISOString() },
      expiresAt,
    );
  }
}

/** Whether a prescription gets fixed reminders: active and not taken only as needed. */
function isRemindable(prescription: Prescription): boolean {
  return prescription.status === 'active' && !prescription.sig.asNeeded;
}

function doseItemsOf(
  userId: string,
  prescription: Prescription,
  now: Date,
  horizonMs: number,
): DoseItem[] {
  const instants = expandDoses(prescription.schedule, {
    from: now.toISOString(),
    to: new Date(now.getTime() + horizonMs).toISOString(),
  });
  const slotsTaken = new Map<string, number>();
  return instants.map((instant) => {
    const dueAt = normalizeDueAt(instant.at);
    const slot = slotsTaken.get(dueAt) ?? 0;
    slotsTaken.set(dueAt, slot + 1);
    return plannedDose(userId, prescription.prescriptionId, instant, String(slot));
  });
}

/**
 * A planned dose item for one expanded instant; `slot` tells apart doses of one prescription
 * at the same instant. Also builds snoozed doses (slot `<slot>z<n>`).
 */
export function plannedDose(
  userId: string,
  prescriptionId: string,
  instant: Pick<DoseInstant, 'at'>,
  slot: string,
  snoozeCount = 0,
): DoseItem {
  const dueAt = normalizeDueAt(instant.at);
  const doseKey = doseKeyOf({ dueAt, prescriptionId, slot });
  return {
    userId,
    doseKey,
    dueAt,
    dueHour: dueHourOf(dueAt),
    prescriptionId,
    shortId: shortIdOf(doseKey, dueAt),
    status: 'planned',
    snoozeCount,
    expiresAt: Math.floor(new Date(dueAt).getTime() / 1000) + DOSE_RETENTION_DAYS * DAY_SECONDS,
  };
}
