import { ChatSerialQueue } from '../intake/chat-serial-queue';

/** Chat API turns waiting or running, all users together, before new ones get 503. */
export const DEFAULT_MAX_CHAT_TURNS = 100;

/** Thrown by {@link ChatTurnLanes.acquire} when too many chat turns are waiting. */
export class ChatTurnsFullError extends Error {
  /** @param maxPending - The bound that was reached. */
  constructor(maxPending: number) {
    super(`more than ${maxPending} chat turns are waiting; retry shortly`);
    this.name = 'ChatTurnsFullError';
  }
}

/**
 * One lane per user for the chat API, so a user's turns run one after another exactly like a
 * Telegram chat's updates (the conversation is appended in order and never collides), while
 * other users are not held up. Built on {@link ChatSerialQueue}, so it is bounded the same way.
 */
export class ChatTurnLanes {
  private readonly queue: ChatSerialQueue;
  private readonly maxPending: number;

  /**
   * @param maxPending - Most turns waiting or running at once, all users together. Default
   *   {@link DEFAULT_MAX_CHAT_TURNS}.
   */
  constructor(maxPending: number = DEFAULT_MAX_CHAT_TURNS) {
    this.maxPending = maxPending;
    this.queue = new ChatSerialQueue({
      maxPending,
      // The tasks below only wait on promises that never reject.
      onTaskError: () => undefined,
    });
  }

  /** Turns waiting or running. */
  get pending(): number {
    return this.queue.pending;
  }

  /**
   * Waits until every earlier turn of `userId` has finished and returns the function that
   * lets the next one in. The caller must call it exactly once, in a `finally`.
   *
   * @throws ChatTurnsFullError when the bound is reached (answer 503).
   */
  async acquire(userId: string): Promise<() => void> {
    if (!this.queue.hasRoom()) throw new ChatTurnsFullError(this.maxPending);
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let enter = (): void => undefined;
    const entered = new Promise<void>((resolve) => {
      enter = resolve;
    });
    this.queue.enqueue(userId, async () => {
      enter();
      await released;
    });
    await entered;
    return release;
  }

  /** Runs `work` in `userId`'s lane and returns its result. @throws ChatTurnsFullError */
  async run<T>(userId: string, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(userId);
    try {
      return await work();
    } finally {
      release();
    }
  }
}
