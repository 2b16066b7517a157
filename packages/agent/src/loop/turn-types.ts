import type { ModelPort, TokenUsage } from '../model/model-port';
import type { AgentLogger } from '../ports/agent-logger';
import type { ConversationStore } from '../ports/conversation-store';
import type { AgentTool } from '../tools/agent-tool';
import type { ReplyAction } from '../tools/reply-action';

/**
 * Tool rounds allowed per turn when the options set none: after this many rounds of tool
 * calls, a further request for tools ends the turn with {@link ROUND_CAP_REPLY}.
 */
export const DEFAULT_MAX_TOOL_ROUNDS = 5;

/** Zone a turn runs in when the user has set none. */
export const DEFAULT_TIME_ZONE = 'UTC';

/** The patient whose turn this is, as the app verified it (never as the model claims it). */
export interface VerifiedUser {
  /** Internal user id from the identities table. */
  readonly userId: string;
  /** The user's IANA zone from their profile; null when they have not set one. */
  readonly timeZone: string | null;
}

/** One free-text message from the patient. */
export interface TurnInput {
  readonly user: VerifiedUser;
  /** What the patient typed. */
  readonly text: string;
  /** The turn's clock reading (from the app's clock, so tests can fix it). */
  readonly now: Date;
  /** Aborts model calls; the abort error passes through and nothing is stored. */
  readonly signal?: AbortSignal;
}

/** What a turn needs; built once by the app's composition root and shared by all turns. */
export interface AgentDeps {
  readonly model: ModelPort;
  /** The tools on offer, usually from `createAgentTools`. */
  readonly tools: readonly AgentTool[];
  readonly conversations: ConversationStore;
  /**
   * Tool rounds allowed per turn.
   * @defaultValue {@link DEFAULT_MAX_TOOL_ROUNDS}
   */
  readonly maxToolRounds?: number;
  /**
   * Stored messages loaded before the history window is picked. Larger gives the model more
   * context at more tokens per call.
   * @defaultValue `DEFAULT_HISTORY_MESSAGES` (20)
   */
  readonly historyMessages?: number;
  /**
   * Zone for users who have not set one.
   * @defaultValue {@link DEFAULT_TIME_ZONE}
   */
  readonly defaultTimeZone?: string;
  /** Receives warnings (tool failures, round cap); silent when absent. */
  readonly logger?: AgentLogger;
}

/** The outcome of a turn. */
export interface TurnResult {
  /** The reply: the turn's assistant texts joined by a blank line. Never empty. */
  readonly text: string;
  /** Buttons and the like the tools asked for, in order. */
  readonly actions: readonly ReplyAction[];
  /** Tokens summed over every model call of the turn. */
  readonly usage: TokenUsage;
  /** How many rounds of tool calls ran. */
  readonly toolRounds: number;
  /** The model that answered, for the app's summary log line. */
  readonly modelId: string;
}

/** What a streamed turn yields: text as it is produced, then the result once. */
export type TurnEvent =
  | { readonly kind: 'textDelta'; readonly text: string }
  | { readonly kind: 'result'; readonly result: TurnResult };

/** Reply when the model still wants tools after the round cap. */
export const ROUND_CAP_REPLY =
  'Sorry, I could not finish that just now. Please try again, or ask me in a simpler way.';

/** Reply when the model answered with no text at all. */
export const EMPTY_REPLY = 'Sorry, I do not have an answer for that. Could you say it another way?';
