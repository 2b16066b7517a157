import type { Logger } from '../logging/logger';

/** Signals that stop the app. */
export const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * Repeats of a signal closer together than this, in ms, count as one: a Ctrl+C reaches the
 * app from the terminal and again from each launcher that relays it (tsx, pnpm).
 */
export const SIGNAL_ECHO_MS = 250;

/** Where signals come from and how the process ends; `process` in production. */
export interface SignalHost {
  on(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(event: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  exit(code: number): void;
}

/** Settings of {@link stopOnSignals}. */
export interface SignalShutdownOptions {
  /** The graceful stop; its promise settles when everything is released. */
  readonly stop: () => Promise<void>;
  readonly logger: Logger;
  /** @defaultValue `process` */
  readonly host?: SignalHost;
  /** Clock in ms, for telling echoes from presses. @defaultValue `Date.now` */
  readonly nowMs?: () => number;
}

/** What {@link stopOnSignals} returns. */
export interface SignalShutdown {
  /** Starts the same graceful stop a first signal starts (a launcher went away); exits 0. */
  begin(): void;
  /** Removes the listeners (tests). */
  dispose(): void;
}

/**
 * Stops the app on SIGTERM or SIGINT and exits 0 (1 when the stop fails). The listeners stay
 * installed for the whole run, so a later signal never falls through to Node's default (which
 * kills at once, leaving turns cut and the embedded lock behind): a second signal during the
 * drain is logged and the drain goes on; a third forces exit 1 (the embedded lock is released
 * by its exit hook). Echoes of one signal within {@link SIGNAL_ECHO_MS} count once.
 */
export function stopOnSignals(options: SignalShutdownOptions): SignalShutdown {
  const { logger } = options;
  const host = options.host ?? process;
  const nowMs = options.nowMs ?? Date.now;
  let presses = 0;
  let lastMs = Number.NEGATIVE_INFINITY;

  const begin = (): void => {
    if (presses > 0) return;
    presses = 1;
    lastMs = nowMs();
    options.stop().then(
      () => host.exit(0),
      (error: unknown) => {
        logger.error('shutdown failed', { err: error });
        host.exit(1);
      },
    );
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    if (presses > 0 && nowMs() - lastMs < SIGNAL_ECHO_MS) return;
    if (presses === 0) {
      logger.info('signal received', { signal });
      begin();
      return;
    }
    presses += 1;
    lastMs = nowMs();
    if (presses === 2) {
      logger.warn('signal received during shutdown, still draining', {
        signal,
        hint: 'send it once more to force exit',
      });
      return;
    }
    logger.error('forced exit during shutdown', { signal });
    host.exit(1);
  };
  for (const signal of STOP_SIGNALS) host.on(signal, onSignal);
  return {
    begin,
    dispose: (): void => {
      for (const signal of STOP_SIGNALS) host.off(signal, onSignal);
    },
  };
}
