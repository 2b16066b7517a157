import { ReminderHarness } from './reminder-test-harness';

/** How {@link useReminderHarness} prepares each test. */
export interface UseReminderHarnessOptions {
  /**
   * ISO instant the fake clock is set to before each test. Default: the clock is left where
   * the previous test put it (a new harness starts at 2026-03-10T07:00:00.000Z).
   */
  readonly now?: string;
}

/**
 * Registers the jest hooks of a suite that shares one {@link ReminderHarness}: starts it before
 * all tests and hands it to `onStart` (which keeps it and builds what the suite needs over it),
 * empties its tables and recordings (and sets the clock to `options.now`) before each test,
 * and stops it after all tests. Call it inside a `describe`.
 */
export function useReminderHarness(
  options: UseReminderHarnessOptions,
  onStart: (harness: ReminderHarness) => void,
): void {
  let started: ReminderHarness | undefined;

  beforeAll(async () => {
    started = await ReminderHarness.start();
    onStart(started);
  });

  afterAll(async () => {
    await started?.stop();
  });

  beforeEach(async () => {
    if (started === undefined) throw new Error('the reminder harness did not start');
    await started.reset();
    if (options.now !== undefined) started.clock.set(options.now);
  });
}
