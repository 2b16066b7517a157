/**
 * What the fake Bedrock server puts on the wire: Converse JSON bodies and ConverseStream
 * event-stream frames, built from a scripted reply in our message shape.
 */
import { EventStreamCodec, type MessageHeaders } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

import type { ContentBlock, ConversationMessage } from '../model/conversation-message';

/** A scripted answer: a message (with Bedrock's wire stop reason) or a service error. */
export type FakeBedrockReply =
  | {
      readonly kind: 'message';
      readonly message: ConversationMessage;
      /** Bedrock's wire value; defaults to `tool_use` when the message calls a tool, else `end_turn`. */
      readonly stopReason?: string;
      readonly usage?: { readonly inputTokens: number; readonly outputTokens: number };
    }
  | {
      readonly kind: 'error';
      /** HTTP status, such as 429 or 400. */
      readonly status: number;
      /** Bedrock's exception name, such as `ThrottlingException`. */
      readonly errorType: string;
      readonly message: string;
      /** Sent as a `retry-after` header when set. */
      readonly retryAfterSeconds?: number;
    }
  | {
      /** A stream that sends `text` and then fails with an exception frame. */
      readonly kind: 'streamError';
      readonly text: string;
      /** Bedrock's exception name in lowerCamel, as stream frames carry it: `throttlingException`. */
      readonly exceptionType: string;
      readonly message: string;
    };

const codec = new EventStreamCodec(toUtf8, fromUtf8);
const DEFAULT_USAGE = { inputTokens: 10, outputTokens: 5 };

type MessageReply = Extract<FakeBedrockReply, { kind: 'message' }>;

function stopReasonOf(reply: MessageReply): string {
  return (
    reply.stopReason ??
    (reply.message.content.some((block) => 'toolUse' in block) ? 'tool_use' : 'end_turn')
  );
}

/** The JSON body of a Converse answer. */
export function converseBody(reply: MessageReply): string {
  const usage = reply.usage ?? DEFAULT_USAGE;
  return JSON.stringify({
    output: { message: reply.message },
    stopReason: stopReasonOf(reply),
    usage: { ...usage, totalTokens: usage.inputTokens + usage.outputTokens },
    metrics: { latencyMs: 1 },
  });
}

function frame(eventType: string, body: unknown): Uint8Array {
  const headers: MessageHeaders = {
    ':event-type': { type: 'string', value: eventType },
    ':message-type': { type: 'string', value: 'event' },
    ':content-type': { type: 'string', value: 'application/json' },
  };
  return codec.encode({ headers, body: fromUtf8(JSON.stringify(body)) });
}

/** An exception frame, as Bedrock sends a failure in the middle of a stream. */
export function exceptionFrame(exceptionType: string, message: string): Uint8Array {
  const headers: MessageHeaders = {
    ':exception-type': { type: 'string', value: exceptionType },
    ':message-type': { type: 'string', value: 'exception' },
    ':content-type': { type: 'string', value: 'application/json' },
  };
  return codec.encode({ headers, body: fromUtf8(JSON.stringify({ message })) });
}

/** Splits a string in two so the client has to join deltas. */
function halves(text: string): string[] {
  const middle = Math.ceil(text.length / 2);
  return [text.slice(0, middle), text.slice(middle)].filter((part) => part !== '');
}

/** The frames of one content block. */
export function blockFrames(block: ContentBlock, contentBlockIndex: number): Uint8Array[] {
  const frames: Uint8Array[] = [];
  if ('text' in block) {
    for (const text of halves(block.text)) {
      frames.push(frame('contentBlockDelta', { contentBlockIndex, delta: { text } }));
    }
  } else if ('toolUse' in block) {
    const { toolUseId, name, input } = block.toolUse;
    frames.push(
      frame('contentBlockStart', { contentBlockIndex, start: { toolUse: { toolUseId, name } } }),
    );
    for (const part of halves(JSON.stringify(input))) {
      frames.push(
        frame('contentBlockDelta', { contentBlockIndex, delta: { toolUse: { input: part } } }),
      );
    }
  }
  frames.push(frame('contentBlockStop', { contentBlockIndex }));
  return frames;
}

/** Every frame of a ConverseStream answer. */
export function streamFrames(reply: MessageReply): Uint8Array[] {
  const usage = reply.usage ?? DEFAULT_USAGE;
  return [
    frame('messageStart', { role: 'assistant' }),
    ...reply.message.content.flatMap((block, index) => blockFrames(block, index)),
    frame('messageStop', { stopReason: stopReasonOf(reply) }),
    frame('metadata', {
      usage: { ...usage, totalTokens: usage.inputTokens + usage.outputTokens },
      metrics: { latencyMs: 1 },
    }),
  ];
}

/** The frames of a stream that sends some text and then an exception. */
export function failingStreamFrames(
  reply: Extract<FakeBedrockReply, { kind: 'streamError' }>,
): Uint8Array[] {
  return [
    frame('messageStart', { role: 'assistant' }),
    ...blockFrames({ text: reply.text }, 0).slice(0, -1),
    exceptionFrame(reply.exceptionType, reply.message),
  ];
}
