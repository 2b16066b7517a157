import { createHash } from 'node:crypto';

import type { ConversationMessage, JsonValue, ToolResultBlock } from './conversation-message';
import type {
  ModelCallOptions,
  ModelPort,
  ModelRequest,
  ModelResponse,
  ModelStreamEvent,
} from './model-port';
import { CANCELLED_REPLY } from './cancel-reply';
import { emergencyReply } from './emergency-message';
import { detectOfflineIntent, type OfflineIntent } from './offline-intent';
import {
  OFFLINE_HELP,
  OFFLINE_STILL_NEEDS_MEDICATION_NAME,
  OFFLINE_UNSUPPORTED,
  replyFromToolResults,
} from './offline-replies';

const NO_USAGE = { inputTokens: 0, outputTokens: 0 };

/** Settings of an {@link OfflineModel}. */
export interface OfflineModelOptions {
  /**
   * Returns the tool-use id for a tool call answering `request`. Ids must differ between the
   * calls of one conversation, since a later turn finds a call's input by its id.
   * @defaultValue {@link contentToolUseId}: a hash of the request's messages and their count.
   */
  readonly toolUseIdFor?: (request: ModelRequest) => string;
}

/**
 * A deterministic tool-use id: `offline-` plus the first 16 hex digits of a SHA-256 over the
 * message count and the messages. Each turn adds messages, so a window that slides over a long
 * history still gives every call its own id (a count alone repeats once the window is full).
 */
export function contentToolUseId(request: ModelRequest): string {
  const hash = createHash('sha256')
    .update(`${request.messages.length}\n${JSON.stringify(request.messages)}`)
    .digest('hex');
  return `offline-${hash.slice(0, 16)}`;
}

/** The tool each intent calls, with its input; null for intents answered in text. */
function toolCallFor(intent: OfflineIntent): { name: string; input: JsonValue } | null {
  switch (intent.kind) {
    case 'setTimeZone':
      return { name: 'set_time_zone', input: { zone: intent.zone } };
    case 'listMedications':
      return { name: 'list_medications', input: {} };
    case 'todaysDoses':
      return { name: 'todays_doses', input: {} };
    case 'proposePrescription':
      return {
        name: 'propose_prescription',
        input:
          intent.medication === undefined
            ? { text: intent.text }
            : { text: intent.text, medication: intent.medication },
      };
    default:
      return null;
  }
}

/** The text reply of an intent answered without a tool; null for tool intents. */
function textReplyFor(intent: OfflineIntent): string | null {
  switch (intent.kind) {
    case 'emergency':
      return emergencyReply(intent.emergency);
    case 'help':
      return OFFLINE_HELP;
    case 'stillNeedsMedicationName':
      return OFFLINE_STILL_NEEDS_MEDICATION_NAME;
    case 'cancelPending':
      return CANCELLED_REPLY;
    default:
      return null;
  }
}

function textResponse(text: string): ModelResponse {
  return {
    message: { role: 'assistant', content: [{ text }] },
    stopReason: 'endTurn',
    usage: NO_USAGE,
  };
}

function toolResultsOf(message: ConversationMessage): ToolResultBlock[] {
  return message.content.flatMap((block) => ('toolResult' in block ? [block.toolResult] : []));
}

function textBlocksOf(message: ConversationMessage): string {
  return message.content.flatMap((block) => ('text' in block ? [block.text] : [])).join('\n');
}

/**
 * A deterministic model that needs no network, for the embedded local mode and tests. It reads
 * the last user message: a typed prescription, "my medications", "today", "my time zone is X"
 * and "help" become the matching tool call or help text; after tool results it replies with
 * their summaries; anything else gets a plain statement of what it cannot do offline (questions
 * about medicines, photos, PDFs) and what it can. It calls only tools the request offers and
 * reports zero token usage.
 */
export class OfflineModel implements ModelPort {
  /** Fixed id for logs and usage records. */
  readonly modelId = 'offline';

  private readonly toolUseIdFor: (request: ModelRequest) => string;

  /** @param options - See {@link OfflineModelOptions}; all optional. */
  constructor(options: OfflineModelOptions = {}) {
    this.toolUseIdFor = options.toolUseIdFor ?? contentToolUseId;
  }

  /** Answers from the last user message. */
  converse(request: ModelRequest, options?: ModelCallOptions): Promise<ModelResponse> {
    try {
      options?.signal?.throwIfAborted();
      return Promise.resolve(this.answer(request));
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Answers like `converse`, as one text delta (when there is text) and the response. */
  async *converseStream(
    request: ModelRequest,
    options?: ModelCallOptions,
  ): AsyncIterable<ModelStreamEvent> {
    const response = await this.converse(request, options);
    const text = textBlocksOf(response.message);
    if (text !== '') {
      yield { kind: 'textDelta', text };
    }
    yield { kind: 'response', response };
  }

  private answer(request: ModelRequest): ModelResponse {
    const last = request.messages.at(-1);
    if (last === undefined || last.role !== 'user') {
      return textResponse(OFFLINE_HELP);
    }
    const results = toolResultsOf(last);
    if (results.length > 0) {
      return textResponse(replyFromToolResults(results));
    }
    const intent = detectOfflineIntent(textBlocksOf(last), request.messages.slice(0, -1));
    const reply = textReplyFor(intent);
    if (reply !== null) {
      return textResponse(reply);
    }
    const call = toolCallFor(intent);
    if (call === null || !request.tools.some((tool) => tool.name === call.name)) {
      return textResponse(OFFLINE_UNSUPPORTED);
    }
    const toolUseId = this.toolUseIdFor(request);
    return {
      message: { role: 'assistant', content: [{ toolUse: { toolUseId, ...call } }] },
      stopReason: 'toolUse',
      usage: NO_USAGE,
    };
  }
}
