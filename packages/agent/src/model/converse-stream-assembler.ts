import type { ConverseStreamOutput } from '@aws-sdk/client-bedrock-runtime';

import type { ContentBlock, JsonValue } from './conversation-message';
import type { ModelResponse } from './model-port';
import { toModelStopReason, toTokenUsage } from './bedrock-message-mapping';

/** A block being streamed: text so far, or a tool call with its JSON input so far. */
type OpenBlock =
  | { readonly kind: 'text'; text: string }
  | { readonly kind: 'toolUse'; readonly toolUseId: string; readonly name: string; json: string };

function parseToolInput(json: string): JsonValue {
  if (json.trim() === '') {
    return {};
  }
  try {
    const parsed: JsonValue = JSON.parse(json) as JsonValue;
    return parsed;
  } catch (error: unknown) {
    // Malformed JSON from the model is kept as a string: the tool's schema then rejects it and
    // the model reads an error result instead of the turn failing.
    if (error instanceof SyntaxError) {
      return json;
    }
    throw error;
  }
}

function closeBlock(block: OpenBlock): ContentBlock {
  if (block.kind === 'text') {
    return { text: block.text };
  }
  return {
    toolUse: { toolUseId: block.toolUseId, name: block.name, input: parseToolInput(block.json) },
  };
}

/**
 * Builds one `ModelResponse` from the events of a Converse stream, block by block in index
 * order. Text deltas are returned from `accept` so the caller can pass them on at once.
 */
export class ConverseStreamAssembler {
  private readonly blocks = new Map<number, OpenBlock>();
  private stopReason: string | undefined;
  private usage: ModelResponse['usage'] = { inputTokens: 0, outputTokens: 0 };

  /** Takes one stream event; returns its text delta, or null when it carries none. */
  accept(event: ConverseStreamOutput): string | null {
    if (event.contentBlockStart?.start?.toolUse !== undefined) {
      const { toolUseId = '', name = '' } = event.contentBlockStart.start.toolUse;
      this.blocks.set(event.contentBlockStart.contentBlockIndex ?? 0, {
        kind: 'toolUse',
        toolUseId,
        name,
        json: '',
      });
    } else if (event.contentBlockDelta !== undefined) {
      return this.acceptDelta(event.contentBlockDelta.contentBlockIndex ?? 0, event);
    } else if (event.messageStop !== undefined) {
      this.stopReason = event.messageStop.stopReason;
    } else if (event.metadata !== undefined) {
      this.usage = toTokenUsage(event.metadata.usage);
    }
    return null;
  }

  private acceptDelta(index: number, event: ConverseStreamOutput): string | null {
    const delta = event.contentBlockDelta?.delta;
    const open = this.blocks.get(index);
    if (delta?.text !== undefined) {
      const block = open?.kind === 'text' ? open : { kind: 'text' as const, text: '' };
      block.text += delta.text;
      this.blocks.set(index, block);
      return delta.text;
    }
    if (delta?.toolUse?.input !== undefined && open?.kind === 'toolUse') {
      open.json += delta.toolUse.input;
    }
    return null;
  }

  /** The whole response, once the stream has ended. */
  finish(): ModelResponse {
    const indexes = [...this.blocks.keys()].sort((a, b) => a - b);
    const content = indexes.flatMap((index) => {
      const block = this.blocks.get(index);
      return block === undefined ? [] : [closeBlock(block)];
    });
    return {
      message: { role: 'assistant', content },
      stopReason: toModelStopReason(this.stopReason),
      usage: this.usage,
    };
  }
}
