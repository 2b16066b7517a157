import type { ConversationMessage } from '../model/conversation-message';

/** Stored messages loaded per turn when the agent's options set none. */
export const DEFAULT_HISTORY_MESSAGES = 20;

/** True for a user message the patient typed: text and no tool results. */
export function isUserTextTurn(message: ConversationMessage): boolean {
  return (
    message.role === 'user' &&
    message.content.some((block) => 'text' in block) &&
    !message.content.some((block) => 'toolResult' in block)
  );
}

function toolUseIds(message: ConversationMessage): string[] {
  return message.content.flatMap((block) => ('toolUse' in block ? [block.toolUse.toolUseId] : []));
}

function toolResultIds(message: ConversationMessage): string[] {
  return message.content.flatMap((block) =>
    'toolResult' in block ? [block.toolResult.toolUseId] : [],
  );
}

/**
 * True when `next` may follow `previous` in a request: roles alternate, every tool call is
 * answered by the very next message, and every tool result answers the message before it.
 */
function followsValidly(previous: ConversationMessage, next: ConversationMessage): boolean {
  if (previous.role === next.role) {
    return false;
  }
  const calls = previous.role === 'assistant' ? toolUseIds(previous) : [];
  const results = next.role === 'user' ? toolResultIds(next) : [];
  return calls.length === results.length && calls.every((toolUseId) => results.includes(toolUseId));
}

/** Index just past the last assistant message that completes a turn (no pending tool call). */
function endOfLastCompleteTurn(messages: readonly ConversationMessage[]): number {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'assistant' && toolUseIds(message).length === 0) {
      return index + 1;
    }
  }
  return 0;
}

/** The earliest index from which `messages[index..end)` has no broken link. */
function startAfterLastBrokenLink(messages: readonly ConversationMessage[], end: number): number {
  for (let index = end - 1; index > 0; index -= 1) {
    const previous = messages[index - 1];
    const next = messages[index];
    if (previous !== undefined && next !== undefined && !followsValidly(previous, next)) {
      return index;
    }
  }
  return 0;
}

/**
 * Picks the history sent to the model: the longest run of at most `maxMessages` most recent
 * messages that starts with a message the patient typed, ends with an assistant reply that
 * calls no tool, alternates roles, and answers every toolUse with its toolResult in the next
 * message. A turn that failed half-way (or is still being written) is therefore left out, and
 * a toolUse is never cut from its toolResult. Returns `[]` when nothing fits.
 */
export function selectHistoryWindow(
  messages: readonly ConversationMessage[],
  maxMessages: number,
): ConversationMessage[] {
  const end = endOfLastCompleteTurn(messages);
  const earliest = Math.max(
    0,
    end - Math.max(0, maxMessages),
    startAfterLastBrokenLink(messages, end),
  );
  for (let start = earliest; start < end; start += 1) {
    const message = messages[start];
    if (message !== undefined && isUserTextTurn(message)) {
      return messages.slice(start, end);
    }
  }
  return [];
}
