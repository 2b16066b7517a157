/**
 * A button the reply carries; the same shape as the agent's `ReplyAction`, restated here so
 * the adapters depend on this port rather than on the agent's internals.
 */
export interface TurnAction {
  readonly kind: 'confirmPrescription';
  readonly prescriptionId: string;
  readonly label: string;
}

/** A finished turn: the reply, its buttons, and what the summary log line records. */
export interface TurnReply {
  readonly text: string;
  readonly actions: readonly TurnAction[];
  readonly modelId: string;
  readonly usage: { readonly inputTokens: number; readonly outputTokens: number };
}

/** What a streamed turn yields: text as it is produced, then the whole reply once. */
export type TurnStreamEvent =
  | { readonly kind: 'textDelta'; readonly text: string }
  | { readonly kind: 'result'; readonly result: TurnReply };

/**
 * Runs one free-text turn for a verified internal user. The composition root adapts the
 * agent's `runTurn`/`streamTurn` to this, adding the user's zone and the clock.
 */
export interface TurnRunner {
  /** @throws the agent's errors (model throttled, storage unavailable) unchanged. */
  run(userId: string, text: string): Promise<TurnReply>;
  /** Like {@link TurnRunner.run}, yielding text as it is produced. */
  stream(userId: string, text: string): AsyncIterable<TurnStreamEvent>;
}
