/**
 * Maps our Converse-shaped types to the Bedrock SDK's and back. Bedrock's own words (its stop
 * reasons, its block unions) stay inside this file and the Bedrock adapter.
 */
import type {
  ContentBlock as ConverseContentBlock,
  Message as ConverseMessage,
  TokenUsage as ConverseTokenUsage,
  ToolConfiguration,
  ToolResultContentBlock,
  ToolUseBlock as ConverseToolUseBlock,
} from '@aws-sdk/client-bedrock-runtime';

import type {
  ContentBlock,
  ConversationMessage,
  JsonValue,
  ToolResultBlock,
} from './conversation-message';
import type { ModelStopReason, TokenUsage, ToolSpec } from './model-port';

/** The SDK's JSON document type. */
type ConverseDocument = Exclude<ConverseToolUseBlock['input'], undefined>;

/** Copies a readonly JSON value into the SDK's mutable document type. */
export function toConverseDocument(value: JsonValue): ConverseDocument {
  if (value === null || typeof value !== 'object') {
    return value;
  }
  if (isJsonArray(value)) {
    return value.map((item) => toConverseDocument(item));
  }
  const copy: Record<string, ConverseDocument> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = toConverseDocument(item);
  }
  return copy;
}

function isJsonArray(value: JsonValue): value is readonly JsonValue[] {
  return Array.isArray(value);
}

function toConverseResultContent(result: ToolResultBlock): ToolResultContentBlock[] {
  return result.content.map((part) =>
    'text' in part ? { text: part.text } : { json: toConverseDocument(part.json) },
  );
}

function toConverseBlock(block: ContentBlock): ConverseContentBlock {
  if ('text' in block) {
    return { text: block.text };
  }
  if ('toolUse' in block) {
    const { toolUseId, name, input } = block.toolUse;
    return { toolUse: { toolUseId, name, input: toConverseDocument(input) } };
  }
  const { toolUseId, status } = block.toolResult;
  return {
    toolResult: { toolUseId, status, content: toConverseResultContent(block.toolResult) },
  };
}

/** Our messages as Converse `messages`. */
export function toConverseMessages(messages: readonly ConversationMessage[]): ConverseMessage[] {
  return messages.map((message) => ({
    role: message.role,
    content: message.content.map(toConverseBlock),
  }));
}

/** Our tool specs as a Converse `toolConfig`; undefined when there are no tools. */
export function toConverseToolConfig(tools: readonly ToolSpec[]): ToolConfiguration | undefined {
  if (tools.length === 0) {
    return undefined;
  }
  return {
    tools: tools.map((tool) => ({
      toolSpec: {
        name: tool.name,
        description: tool.description,
        inputSchema: { json: toConverseDocument(tool.inputSchema) },
      },
    })),
  };
}

function fromConverseResultContent(
  content: readonly ToolResultContentBlock[] | undefined,
): ToolResultBlock['content'] {
  const parts: ({ text: string } | { json: JsonValue })[] = [];
  for (const part of content ?? []) {
    if (part.text !== undefined) {
      parts.push({ text: part.text });
    } else if (part.json !== undefined) {
      parts.push({ json: part.json });
    }
  }
  return parts;
}

/** One Converse block in our shape, or null for kinds we do not use (images, reasoning, ...). */
function fromConverseBlock(block: ConverseContentBlock): ContentBlock | null {
  if (block.text !== undefined) {
    return { text: block.text };
  }
  if (block.toolUse !== undefined) {
    const { toolUseId = '', name = '', input = null } = block.toolUse;
    return { toolUse: { toolUseId, name, input } };
  }
  if (block.toolResult !== undefined) {
    const { toolUseId = '', status } = block.toolResult;
    return {
      toolResult: {
        toolUseId,
        status: status === 'error' ? 'error' : 'success',
        content: fromConverseResultContent(block.toolResult.content),
      },
    };
  }
  return null;
}

/**
 * A Converse message in our shape. Blocks we do not use are dropped; a missing message becomes
 * an empty assistant message.
 */
export function fromConverseMessage(message: ConverseMessage | undefined): ConversationMessage {
  const content: ContentBlock[] = [];
  for (const block of message?.content ?? []) {
    const mapped = fromConverseBlock(block);
    if (mapped !== null) {
      content.push(mapped);
    }
  }
  return { role: message?.role === 'user' ? 'user' : 'assistant', content };
}

/** Bedrock's stop reason in our words. */
export function toModelStopReason(reason: string | undefined): ModelStopReason {
  switch (reason) {
    case 'end_turn':
    case 'stop_sequence':
      return 'endTurn';
    case 'tool_use':
      return 'toolUse';
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'maxTokens';
    case 'guardrail_intervened':
    case 'content_filtered':
      return 'guardrail';
    default:
      return 'other';
  }
}

/** Bedrock's token counts, with absent counts as 0. */
export function toTokenUsage(usage: ConverseTokenUsage | undefined): TokenUsage {
  return { inputTokens: usage?.inputTokens ?? 0, outputTokens: usage?.outputTokens ?? 0 };
}
