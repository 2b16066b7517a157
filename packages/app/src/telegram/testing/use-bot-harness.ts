import { startBotHarness, type BotHarness } from './start-bot-harness';

/** How long {@link useBotHarness} lets the harness start, in ms (embedded storage boots). */
const START_TIMEOUT_MS = 30_000;

/**
 * Registers the jest hooks of a suite that shares one {@link BotHarness}: starts it at `now`
 * before all tests (allowing 30 s) and hands it to `onStart`, which keeps it and seeds what the
 * suite needs; stops it after all tests. Call it inside a `describe`.
 */
export function useBotHarness(
  now: Date,
  onStart: (harness: BotHarness) => void | Promise<void>,
): void {
  let started: BotHarness | undefined;

  beforeAll(async () => {
    started = await startBotHarness(now);
    await onStart(started);
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await started?.stop();
  });
}
