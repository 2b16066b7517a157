import { TokenBucket } from './token-bucket';

/** Reminders per second for the whole bot; Telegram allows about 30 messages/s per bot. */
export const BOT_MESSAGES_PER_SECOND = 25;

/** Reminders per second to one chat; Telegram allows about 1 message/s per chat. */
export const CHAT_MESSAGES_PER_SECOND = 1;

/** Chats tracked before idle ones are forgotten. */
const MAX_TRACKED_CHATS = 10_000;

/** The clock a limiter waits on: epoch ms now, and a sleep that an abort cuts short. */
export interface LimiterClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Settings of {@link SendLimiter}. */
export interface SendLimiterOptions {
  readonly clock: LimiterClock;
  /** @defaultValue {@link BOT_MESSAGES_PER_SECOND} */
  readonly botPerSecond?: number;
  /** @defaultValue {@link CHAT_MESSAGES_PER_SECOND} */
  readonly chatPerSecond?: number;
}

interface ChatState {
  readonly bucket: TokenBucket;
  pausedUntilMs: number;
}

/**
 * Paces reminder sends under Telegram's limits with two token buckets: one for the bot (burst
 * and rate {@link BOT_MESSAGES_PER_SECOND}, kept under Telegram's ~30/s to leave room for
 * replies, which do not pass through here) and one per chat ({@link CHAT_MESSAGES_PER_SECOND}).
 * A 429's `retry_after` pauses that chat and the whole bot.
 */
export class SendLimiter {
  private readonly clock: LimiterClock;
  private readonly bot: TokenBucket;
  private readonly chatPerSecond: number;
  private readonly chats = new Map<number, ChatState>();
  private botPausedUntilMs = 0;

  /** @param options - Clock and rates. */
  constructor(options: SendLimiterOptions) {
    this.clock = options.clock;
    const botPerSecond = options.botPerSecond ?? BOT_MESSAGES_PER_SECOND;
    this.bot = new TokenBucket(botPerSecond, botPerSecond, this.clock.now());
    this.chatPerSecond = options.chatPerSecond ?? CHAT_MESSAGES_PER_SECOND;
  }

  /**
   * Waits for a send slot for `chatId`. False (nothing taken) when the slot would come after
   * `deadlineMs` (epoch ms) or `signal` aborts while waiting.
   */
  async acquire(chatId: number, deadlineMs: number, signal?: AbortSignal): Promise<boolean> {
    for (;;) {
      if (signal?.aborted === true) return false;
      const nowMs = this.clock.now();
      const chat = this.chatOf(chatId, nowMs);
      const waitMs = this.waitMs(chat, nowMs);
      if (waitMs === 0) {
        chat.bucket.take(nowMs);
        this.bot.take(nowMs);
        return true;
      }
      if (nowMs + waitMs > deadlineMs) return false;
      await this.clock.sleep(waitMs, signal);
    }
  }

  /** Holds back `chatId` and the whole bot for `ms` milliseconds (Telegram's `retry_after`). */
  pause(chatId: number, ms: number): void {
    const untilMs = this.clock.now() + ms;
    const chat = this.chatOf(chatId, this.clock.now());
    chat.pausedUntilMs = Math.max(chat.pausedUntilMs, untilMs);
    this.botPausedUntilMs = Math.max(this.botPausedUntilMs, untilMs);
  }

  private waitMs(chat: ChatState, nowMs: number): number {
    return Math.max(
      0,
      this.botPausedUntilMs - nowMs,
      chat.pausedUntilMs - nowMs,
      chat.bucket.waitMs(nowMs),
      this.bot.waitMs(nowMs),
    );
  }

  private chatOf(chatId: number, nowMs: number): ChatState {
    const known = this.chats.get(chatId);
    if (known !== undefined) return known;
    if (this.chats.size >= MAX_TRACKED_CHATS) this.forgetIdle(nowMs);
    const created = { bucket: new TokenBucket(1, this.chatPerSecond, nowMs), pausedUntilMs: 0 };
    this.chats.set(chatId, created);
    return created;
  }

  private forgetIdle(nowMs: number): void {
    for (const [chatId, state] of this.chats) {
      if (state.pausedUntilMs <= nowMs && state.bucket.isFull(nowMs)) this.chats.delete(chatId);
    }
  }
}
