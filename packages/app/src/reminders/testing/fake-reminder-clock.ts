import type { LimiterClock } from '../send-limiter';

/**
 * A clock for reminder tests: time moves only when a test sets or advances it, or when code
 * sleeps (a sleep advances the clock by its length at once and is recorded).
 */
export class FakeReminderClock implements LimiterClock {
  /** Every sleep requested, in ms, in order. */
  readonly sleeps: number[] = [];

  /** @param nowMs - Start time, epoch ms. */
  constructor(public nowMs: number) {}

  now(): number {
    return this.nowMs;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (signal?.aborted !== true) this.nowMs += ms;
    return Promise.resolve();
  }

  /** Sets the time to an ISO instant. */
  set(iso: string): void {
    this.nowMs = Date.parse(iso);
  }

  /** Moves time forward by `ms`. */
  advance(ms: number): void {
    this.nowMs += ms;
  }

  /** The current time as a Date. */
  date(): Date {
    return new Date(this.nowMs);
  }
}
