/** Tasks waiting or running across all chats before new ones are refused. */
export const DEFAULT_MAX_PENDING = 1000;

/** Settings of {@link ChatSerialQueue}. */
export interface ChatSerialQueueOptions {
  /** Most tasks waiting or running at once, all chats together. Default 1000. */
  readonly maxPending?: number;
  /** Receives a task's failure; tasks should handle their own errors, this is the backstop. */
  readonly onTaskError: (error: unknown, key: string) => void;
}

/** How {@link ChatSerialQueue.drain} ended. */
export type DrainResult = 'drained' | 'timedOut';

/**
 * Runs tasks one after another per key (a chat) and in parallel across keys, so one chat's
 * turns never overlap or reorder while other chats are not held up. Bounded: beyond
 * `maxPending` tasks, {@link ChatSerialQueue.hasRoom} is false and callers should refuse
 * work. On shutdown, {@link ChatSerialQueue.close} refuses new tasks and
 * {@link ChatSerialQueue.drain} waits for the rest.
 */
export class ChatSerialQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly maxPending: number;
  private readonly onTaskError: (error: unknown, key: string) => void;
  private readonly idleWaiters = new Set<() => void>();
  private pendingCount = 0;
  private closed = false;

  /** @param options - Bound and error backstop. */
  constructor(options: ChatSerialQueueOptions) {
    this.maxPending = options.maxPending ?? DEFAULT_MAX_PENDING;
    this.onTaskError = options.onTaskError;
  }

  /** Tasks waiting or running. */
  get pending(): number {
    return this.pendingCount;
  }

  /** True while open and under the bound. */
  hasRoom(): boolean {
    return !this.closed && this.pendingCount < this.maxPending;
  }

  /**
   * Queues `task` after every earlier task of `key`. Returns false (and drops the task) once
   * the queue is closed; the bound is the caller's check, so a task already promised to
   * someone is never dropped for being one over.
   */
  enqueue(key: string, task: () => Promise<void>): boolean {
    if (this.closed) return false;
    this.pendingCount += 1;
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(() => this.runSafely(key, task));
    this.tails.set(key, next);
    void next.then(() => this.settle(key, next));
    return true;
  }

  /** Refuses new tasks from now on; queued and running tasks continue. */
  close(): void {
    this.closed = true;
  }

  /** Waits until no task is pending, or `timeoutMs` passes. */
  async drain(timeoutMs: number): Promise<DrainResult> {
    if (this.pendingCount === 0) return 'drained';
    let timer: NodeJS.Timeout | undefined;
    let waiter: (() => void) | undefined;
    const idle = new Promise<DrainResult>((resolve) => {
      waiter = (): void => resolve('drained');
      this.idleWaiters.add(waiter);
    });
    const timeout = new Promise<DrainResult>((resolve) => {
      timer = setTimeout(() => resolve('timedOut'), timeoutMs);
    });
    const result = await Promise.race([idle, timeout]);
    clearTimeout(timer);
    if (waiter !== undefined) this.idleWaiters.delete(waiter);
    return result;
  }

  private async runSafely(key: string, task: () => Promise<void>): Promise<void> {
    try {
      await task();
    } catch (error) {
      this.onTaskError(error, key);
    }
  }

  private settle(key: string, settled: Promise<void>): void {
    if (this.tails.get(key) === settled) this.tails.delete(key);
    this.pendingCount -= 1;
    if (this.pendingCount === 0) for (const wake of this.idleWaiters) wake();
  }
}
