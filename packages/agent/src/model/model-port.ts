import type { ConversationMessage, JsonValue } from './conversation-message';

/** A tool as the model sees it: a name, what it does, and a JSON Schema for its input. */
export interface ToolSpec {
  readonly name: string;
  /** Plain description the model reads to decide when to call the tool. */
  readonly description: string;
  /** JSON Schema (draft 2020-12 subset) of the tool's input object. */
  readonly inputSchema: { readonly [key: string]: JsonValue };
}

/** One call to the model: the system prompt, the messages so far and the tools on offer. */
export interface ModelRequest {
  readonly system: string;
  /** Oldest first; starts with a user message and alternates roles. */
  readonly messages: readonly ConversationMessage[];
  readonly tools: readonly ToolSpec[];
  /** Upper bound on generated tokens; the adapter's default when absent. */
  readonly maxTokens?: number;
}

/**
 * Why the model stopped, in our words: finished, wants tools run, hit the token limit, was
 * stopped by a guardrail or content filter, or anything else.
 */
export type ModelStopReason = 'endTurn' | 'toolUse' | 'maxTokens' | 'guardrail' | 'other';

/** Tokens counted by the model service for one call (or summed over a turn). */
export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
}

/** What the model answered. */
export interface ModelResponse {
  /** Always an assistant message. */
  readonly message: ConversationMessage;
  readonly stopReason: ModelStopReason;
  readonly usage: TokenUsage;
}

/** A streamed piece of the answer: text as it is produced, then the whole response once. */
export type ModelStreamEvent =
  | { readonly kind: 'textDelta'; readonly text: string }
  | { readonly kind: 'response'; readonly response: ModelResponse };

/** Per-call options. */
export interface ModelCallOptions {
  /** Aborts the call; the abort error passes through untranslated. */
  readonly signal?: AbortSignal;
}

/**
 * A conversational model with tool use, shaped like the Bedrock Converse API. Implementations
 * throw the agent error family (`ModelThrottledError`, `ContextTooLongError`,
 * `ModelUnavailableError`, `ModelRequestRejectedError`) and let abort errors pass through.
 */
export interface ModelPort {
  /** Identifies the model in logs and usage records. */
  readonly modelId: string;
  /** Answers in one piece. */
  converse(request: ModelRequest, options?: ModelCallOptions): Promise<ModelResponse>;
  /** Answers as a stream: zero or more `textDelta` events, then exactly one `response`. */
  converseStream(
    request: ModelRequest,
    options?: ModelCallOptions,
  ): AsyncIterable<ModelStreamEvent>;
}
