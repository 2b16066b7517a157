/**
 * Conversation messages in the shape of the Bedrock Converse API, so the Bedrock adapter maps
 * them one to one and the offline model reads the same thing.
 */

/** JSON value a tool takes or returns. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The model asks for a tool to run. */
export interface ToolUseBlock {
  readonly toolUseId: string;
  readonly name: string;
  readonly input: JsonValue;
}

/** What a tool run gave back. */
export interface ToolResultBlock {
  readonly toolUseId: string;
  readonly status: 'success' | 'error';
  readonly content: readonly ({ readonly text: string } | { readonly json: JsonValue })[];
}

/** One block of a message. */
export type ContentBlock =
  | { readonly text: string }
  | { readonly toolUse: ToolUseBlock }
  | { readonly toolResult: ToolResultBlock };

/** A user or assistant message. Tool results travel in user messages, as Converse requires. */
export interface ConversationMessage {
  readonly role: 'user' | 'assistant';
  readonly content: readonly ContentBlock[];
}
