import type { ConversationMessage } from '../model/conversation-message';

/** A user's conversation history, oldest first. */
export interface ConversationStore {
  /** The most recent `limit` messages, oldest first. */
  loadRecent(userId: string, limit: number): Promise<ConversationMessage[]>;
  /** Appends messages in order after everything already stored. */
  append(userId: string, messages: readonly ConversationMessage[]): Promise<void>;
}
