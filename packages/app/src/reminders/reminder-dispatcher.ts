import type { Logger } from '../logging/logger';
import type { DoseItem } from './dose-item';
import { dueHourOf } from './dose-key';
import { deliverClaimedDose, type DeliveryOutcome, type DoseDeliveryDeps } from './dose-delivery';
import type { DosePlanner } from './dose-planner';
import type { DynamoDoseClaims } from './dynamo-dose-claims';
import type { DynamoDoseStore } from './dynamo-dose-store';
import type { LimiterClock } from './send-limiter';

/** Time between dispatcher ticks, in ms. */
export const DISPATCH_INTERVAL_MS = 20_000;

/** How long a claim holds a dose before another task may take it over, in ms. */
export const CLAIM_TTL_MS = 2 * 60 * 1000;

/**
 * No send starts later than this before its claim ends, in ms. It exceeds the Bot API call
 * timeout (30 s), so a send that starts in time ends while the claim is still ours.
 */
export const SEND_DEADLINE_MARGIN_MS = 45_000;

/** Earlier UTC hours searched for due doses besides the current one. */
export const LOOKBACK_HOURS = 2;

/** Time between looks for due plan markers (prescriptions whose doses need topping up), in ms. */
export const TOP_UP_INTERVAL_MS = 10 * 60 * 1000;

/** Doses delivered at once by one task (the limiter still paces the sends). */
export const MAX_PARALLEL_DELIVERIES = 8;

const HOUR_MS = 60 * 60 * 1000;

/** Settings of {@link ReminderDispatcher}. */
export interface ReminderDispatcherOptions extends Omit<DoseDeliveryDeps, 'taskId'> {
  /** This task's claim owner id; unique per process. */
  readonly taskId: string;
  readonly clock: LimiterClock;
  readonly doses: Pick<DynamoDoseStore, 'plannedDueIn'>;
  readonly claims: DoseDeliveryDeps['claims'] & Pick<DynamoDoseClaims, 'claim'>;
  readonly planner: Pick<DosePlanner, 'topUpDue'>;
  readonly logger: Logger;
  /** @defaultValue {@link DISPATCH_INTERVAL_MS} */
  readonly intervalMs?: number;
}

/** What one tick did: due doses seen and how each delivery ended. */
export type TickSummary = Readonly<Record<DeliveryOutcome | 'due', number>>;

/**
 * Sends due reminders from every task. Each tick: top up the prescriptions whose plan marker is
 * due (every {@link TOP_UP_INTERVAL_MS}), list planned doses due in the current and previous
 * {@link LOOKBACK_HOURS} UTC hours, claim each with a conditional write, deliver the ones won.
 * `stop()` ends the interval, lets sends in flight finish and releases claims not yet sent.
 */
export class ReminderDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickSummary> | null = null;
  private readonly ticksInFlight = new Set<Promise<TickSummary>>();
  private nextTopUpMs = 0;
  private readonly abort = new AbortController();

  /** @param options - Stores, sender, clock, task id and logger. */
  constructor(private readonly options: ReminderDispatcherOptions) {}

  /** Starts ticking now and every interval; a tick still running makes the next one skip. */
  start(): void {
    if (this.timer !== undefined || this.abort.signal.aborted) return;
    this.timer = setInterval(
      () => this.tickInBackground(),
      this.options.intervalMs ?? DISPATCH_INTERVAL_MS,
    );
    this.tickInBackground();
  }

  /** Stops ticking, waits for the tick in flight, and leaves unsent doses for other tasks. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.abort.abort();
    await Promise.allSettled([...this.ticksInFlight]);
  }

  /**
   * Runs one tick (tests call this directly on fake time).
   *
   * @throws StorageUnavailableError when the due-dose query fails.
   */
  async runTick(): Promise<TickSummary> {
    const tick = this.tickOnce();
    this.ticksInFlight.add(tick);
    try {
      return await tick;
    } finally {
      this.ticksInFlight.delete(tick);
    }
  }

  private async tickOnce(): Promise<TickSummary> {
    const nowMs = this.options.clock.now();
    await this.topUpIfDue(nowMs);

    const due = await this.listDue(nowMs);
    const outcomes = await this.deliverAll(due);

    return summarize(due.length, outcomes);
  }

  private tickInBackground(): void {
    if (this.running !== null || this.abort.signal.aborted) return;
    this.running = this.runTick();
    this.running
      .then((summary) => {
        if (summary.due > 0) this.options.logger.info('reminder tick', { ...summary });
      })
      .catch((error: unknown) => this.options.logger.error('reminder tick failed', { err: error }))
      .finally(() => {
        this.running = null;
      });
  }

  private async topUpIfDue(nowMs: number): Promise<void> {
    if (nowMs < this.nextTopUpMs) return;
    this.nextTopUpMs = nowMs + TOP_UP_INTERVAL_MS;
    try {
      const summary = await this.options.planner.topUpDue(new Date(nowMs));
      if (summary.prescriptions + summary.failed > 0) {
        this.options.logger.info('doses topped up', { ...summary });
      }
    } catch (error) {
      // Doses already planned still go out; the next top-up tries again.
      this.options.logger.error('dose top-up failed', { err: error });
    }
  }

  // TODO: doses due before the look-back window (all tasks down for over LOOKBACK_HOURS) are
  // never examined and stay `planned` until their TTL; meanwhile they are too late to remind
  // anyway, and adherence reads a past `planned` dose as not reminded, which is the truth.
  private async listDue(nowMs: number): Promise<DoseItem[]> {
    const nowIso = new Date(nowMs).toISOString();
    const due: DoseItem[] = [];
    for (let back = LOOKBACK_HOURS; back >= 0; back -= 1) {
      const hour = dueHourOf(new Date(nowMs - back * HOUR_MS).toISOString());
      due.push(...(await this.options.doses.plannedDueIn(hour, nowIso)));
    }
    return due;
  }

  private async deliverAll(due: readonly DoseItem[]): Promise<DeliveryOutcome[]> {
    const outcomes: DeliveryOutcome[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let dose = due[next++]; dose !== undefined; dose = due[next++]) {
        if (this.abort.signal.aborted) return;
        outcomes.push(await this.claimAndDeliver(dose));
      }
    };
    await Promise.all(Array.from({ length: MAX_PARALLEL_DELIVERIES }, worker));
    return outcomes;
  }

  private async claimAndDeliver(dose: DoseItem): Promise<DeliveryOutcome> {
    const { claims, clock, taskId } = this.options;
    const ref = { userId: dose.userId, doseKey: dose.doseKey };
    try {
      const nowMs = clock.now();
      const claimUntilMs = nowMs + CLAIM_TTL_MS;
      if (!(await claims.claim(ref, taskId, nowMs, claimUntilMs))) return 'lost';
      const context = {
        nowMs,
        deadlineMs: claimUntilMs - SEND_DEADLINE_MARGIN_MS,
        signal: this.abort.signal,
      };
      return await deliverClaimedDose({ dose, claimUntilMs }, context, this.options);
    } catch (error) {
      // The claim lapses after CLAIM_TTL_MS and another tick retries the dose.
      this.options.logger.error('reminder delivery failed', { err: error });
      return 'failed';
    }
  }
}

function summarize(due: number, outcomes: readonly DeliveryOutcome[]): TickSummary {
  const counts = { due, sent: 0, missed: 0, dropped: 0, deferred: 0, failed: 0, lost: 0 };
  for (const outcome of outcomes) counts[outcome] += 1;
  return counts;
}
