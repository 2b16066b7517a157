import type { ConversationMessage } from '../model/conversation-message';
import type { ConversationStore } from '../ports/conversation-store';

/** A conversation store in memory, honouring the same contract as the DynamoDB one. */
export class InMemoryConversationStore implements ConversationStore {
  private readonly byUser = new Map<string, ConversationMessage[]>();
  /** How many times `append` was called, for assertions that a failed turn stored nothing. */
  appendCalls = 0;

  /** The most recent `limit` messages, oldest first. */
  loadRecent(userId: string, limit: number): Promise<ConversationMessage[]> {
    const all = this.byUser.get(userId) ?? [];
    return Promise.resolve(limit <= 0 ? [] : all.slice(-limit));
  }

  /** Appends messages in order. */
  append(userId: string, messages: readonly ConversationMessage[]): Promise<void> {
    this.appendCalls += 1;
    this.byUser.set(userId, [...(this.byUser.get(userId) ?? []), ...messages]);
    return Promise.resolve();
  }

  /** Every stored message of a user, oldest first. */
  messagesOf(userId: string): ConversationMessage[] {
    return [...(this.byUser.get(userId) ?? [])];
  }
}
