import { TokenBucket } from './token-bucket';

/** Telegram's approximate limit of messages per second for one bot. */
export const TELEGRAM_BOT_MESSAGES_PER_SECOND = 30;

/** Most tasks the service runs at once (infra scales 1 to 3). */
export const MAX_TASKS = 3;

/**
 * Reminders per second from one task: each task paces its own sends, so the bot's budget is
 * split between the most tasks that can run at once (10/s each, 30/s for three).
 */
export const BOT_MESSAGES_PER_SECOND = Math.floor(TELEGRAM_BOT_MESSAGES_PER_SECOND / MAX_TASKS);

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
 * Paces one task's reminder sends under Telegram's limits with token buckets: one for the bot
 * (burst and rate {@link BOT_MESSAGES_PER_SECOND}) and one per chat
 * ({@link CHAT_MESSAGES_PER_SECOND}). A 429's `retry_after` pauses that chat and the whole bot.
 *
 * TODO: the buckets are per task and count reminders only: chat replies do not pass through
 * here, and two tasks may each send one reminder to the same chat in the same second.
 * Meanwhile Telegram answers such an excess with a 429, which pauses and retries here, so the
 * worst case is a reminder delayed by `retry_after`, never one lost or sent twice.
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
