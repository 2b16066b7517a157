/**
 * A token bucket on an injected clock: holds up to `capacity` tokens and refills at
 * `perSecond` tokens per second. Callers ask how long until a token is free, then take it.
 */
export class TokenBucket {
  private tokens: number;
  private updatedMs: number;

  /**
   * @param capacity - Largest burst, in tokens.
   * @param perSecond - Refill rate, tokens per second.
   * @param nowMs - The current time in epoch ms; the bucket starts full.
   */
  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    nowMs: number,
  ) {
    this.tokens = capacity;
    this.updatedMs = nowMs;
  }

  /** Milliseconds until one token is available (0 when one is available now). */
  waitMs(nowMs: number): number {
    this.refill(nowMs);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  /** Takes one token; call only when {@link TokenBucket.waitMs} returned 0. */
  take(nowMs: number): void {
    this.refill(nowMs);
    this.tokens -= 1;
  }

  /** True when the bucket is full again, so forgetting it loses nothing. */
  isFull(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= this.capacity;
  }

  private refill(nowMs: number): void {
    const elapsedMs = Math.max(0, nowMs - this.updatedMs);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs / 1000) * this.perSecond);
    this.updatedMs = nowMs;
  }
}
