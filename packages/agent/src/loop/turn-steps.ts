/**
 * The named steps of a turn, each small enough to test alone. `run-turn.ts` runs them in order.
 */
import type { ConversationMessage } from '../model/conversation-message';
import type { ModelPort, ModelRequest, ModelResponse, TokenUsage } from '../model/model-port';
import type { ConversationStore } from '../ports/conversation-store';
import type { ToolContext } from '../tools/agent-tool';
import type { ReplyAction } from '../tools/reply-action';
import { selectHistoryWindow } from './history-window';
import { EMPTY_REPLY, type TurnEvent, type TurnInput } from './turn-types';

/** Loads the user's recent messages and keeps the valid window (see `selectHistoryWindow`). */
export async function loadHistoryWindow(
  conversations: ConversationStore,
  userId: string,
  historyMessages: number,
): Promise<ConversationMessage[]> {
  const stored = await conversations.loadRecent(userId, historyMessages);
  return selectHistoryWindow(stored, historyMessages);
}

/** The context every tool of this turn receives; actions land in `actions`. */
export function createToolContext(
  input: TurnInput,
  timeZone: string,
  actions: ReplyAction[],
): ToolContext {
  return {
    userId: input.user.userId,
    timeZone,
    timeZoneIsUsers: input.user.timeZone !== null,
    now: input.now,
    addAction: (action) => {
      actions.push(action);
    },
  };
}

/**
 * Streams one model call, passing text deltas on. `separator` is sent before the first delta
 * when earlier text of the turn was already streamed.
 */
export async function* relayModelStream(
  model: ModelPort,
  request: ModelRequest,
  separator: string,
  signal: AbortSignal | undefined,
): AsyncGenerator<TurnEvent, ModelResponse> {
  let pendingSeparator = separator;
  for await (const event of model.converseStream(request, { signal })) {
    if (event.kind === 'response') {
      return event.response;
    }
    yield { kind: 'textDelta', text: pendingSeparator + event.text };
    pendingSeparator = '';
  }
  throw new Error(`model ${model.modelId} ended its stream without a response`);
}

/** The text blocks of a message joined, trimmed. */
export function textOf(message: ConversationMessage): string {
  return message.content
    .flatMap((block) => ('text' in block ? [block.text] : []))
    .join('')
    .trim();
}

/**
 * A final assistant message that says something: an answer with no text (a guardrail stop,
 * an empty reply) is replaced by {@link EMPTY_REPLY}, since Converse rejects empty messages
 * in later requests and the patient needs a reply.
 */
export function ensureReplyText(message: ConversationMessage): ConversationMessage {
  return textOf(message) === '' ? { role: 'assistant', content: [{ text: EMPTY_REPLY }] } : message;
}

/** Two usages summed. */
export function addUsage(total: TokenUsage, more: TokenUsage): TokenUsage {
  return {
    inputTokens: total.inputTokens + more.inputTokens,
    outputTokens: total.outputTokens + more.outputTokens,
  };
}

/** The turn's reply: the texts of its assistant messages, joined by a blank line. */
export function replyTextOf(turnMessages: readonly ConversationMessage[]): string {
  return turnMessages
    .filter((message) => message.role === 'assistant')
    .map(textOf)
    .filter((text) => text !== '')
    .join('\n\n');
}
