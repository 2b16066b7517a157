import type { ContentBlock, ConversationMessage } from '@ctrl-alt-heal/agent';
import { z } from 'zod';
import type { ExpectTrue, SameShape } from './same-shape';

// The message body is stored as JSON text: tool inputs and results are arbitrary JSON, which
// DynamoDB maps would alter (number precision, empty sets), and it is parsed back with these.

const toolResultContentSchema = z.union([
  z.object({ text: z.string() }),
  z.object({ json: z.json() }),
]);

const contentBlockSchema = z.union([
  z.object({ text: z.string() }),
  z.object({
    toolUse: z.object({ toolUseId: z.string(), name: z.string(), input: z.json() }),
  }),
  z.object({
    toolResult: z.object({
      toolUseId: z.string(),
      status: z.enum(['success', 'error']),
      content: z.array(toolResultContentSchema),
    }),
  }),
]);

/** A conversation message as stored in the `body` attribute (JSON text). */
export const conversationMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.array(contentBlockSchema),
});

/** Proof that a stored content block is exactly the agent's {@link ContentBlock}. */
export type ContentBlockMatchesAgent = ExpectTrue<
  SameShape<z.output<typeof contentBlockSchema>, ContentBlock>
>;

/** Proof that a stored message is exactly the agent's {@link ConversationMessage}. */
export type ConversationMessageMatchesAgent = ExpectTrue<
  SameShape<z.output<typeof conversationMessageSchema>, ConversationMessage>
>;

/** One item of the conversations table. */
export const conversationItemSchema = z.object({
  userId: z.string().min(1),
  /** Zero-padded sequence number, so keys sort in the order messages were appended. */
  messageKey: z.string().regex(/^\d{12}$/),
  body: z.string(),
});

/**
 * Reads a stored message body back.
 *
 * @throws ZodError or SyntaxError when the stored text is not a valid message (a bug).
 */
export function parseConversationBody(body: string): ConversationMessage {
  const parsed: unknown = JSON.parse(body);
  return conversationMessageSchema.parse(parsed);
}
