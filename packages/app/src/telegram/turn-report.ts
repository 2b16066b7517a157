/** How a turn ended, as the summary log line records it. */
export type TurnOutcome =
  | 'replied'
  | 'confirmed'
  | 'alreadySaved'
  | 'expired'
  | 'ignored'
  | 'refused'
  | 'blocked'
  | 'failed';

/**
 * What one update's handling did, filled in by the handlers and written once as the
 * `update handled` summary line. Holds ids and counts only, never text.
 */
export interface TurnReport {
  /** Which handler took the update: `start`, `help`, `text`, `confirm`, ... */
  handler: string;
  outcome: TurnOutcome;
  modelId: string | null;
  inputTokens: number | null;
  outputTokens: number | null;
  /** Messages sent (parts of a split reply count one each). */
  messagesSent: number;
}

/** A fresh report: no handler matched yet. */
export function emptyTurnReport(): TurnReport {
  return {
    handler: 'none',
    outcome: 'ignored',
    modelId: null,
    inputTokens: null,
    outputTokens: null,
    messagesSent: 0,
  };
}

/**
 * Reports of the updates being handled, by update id, so grammY handlers (which receive only
 * a context) can fill in the report the processor writes.
 */
export class TurnReports {
  private readonly reports = new Map<number, TurnReport>();

  /** Starts the report of `updateId`. */
  open(updateId: number): TurnReport {
    const report = emptyTurnReport();
    this.reports.set(updateId, report);
    return report;
  }

  /** The open report of `updateId`, or a detached one if none is open (a handler test). */
  of(updateId: number): TurnReport {
    return this.reports.get(updateId) ?? emptyTurnReport();
  }

  /** Forgets the report of `updateId`. */
  close(updateId: number): void {
    this.reports.delete(updateId);
  }
}
