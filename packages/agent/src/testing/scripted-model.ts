import type { ConversationMessage, JsonValue } from '../model/conversation-message';
import type {
  ModelCallOptions,
  ModelPort,
  ModelRequest,
  ModelResponse,
  ModelStreamEvent,
} from '../model/model-port';

/** A scripted step: a response, an error to throw, or a function of the request. */
export type ScriptedStep = ModelResponse | Error | ((request: ModelRequest) => ModelResponse);

const USAGE = { inputTokens: 10, outputTokens: 5 };

/**
 * A model that answers from a queue of scripted steps and records every request. Streaming
 * yields each text block in two deltas, then the response. Throws a plain Error when the
 * queue is empty, so a test that calls the model more often than scripted fails loudly.
 */
export class ScriptedModel implements ModelPort {
  /** Fixed id, for assertions on the turn result. */
  readonly modelId = 'scripted-model';
  /** Every request received, in order. */
  readonly requests: ModelRequest[] = [];
  private readonly steps: ScriptedStep[];

  /** @param steps - Answers, in the order calls will take them. */
  constructor(steps: readonly ScriptedStep[] = []) {
    this.steps = [...steps];
  }

  /** A plain text answer. */
  static text(text: string): ModelResponse {
    return {
      message: { role: 'assistant', content: [{ text }] },
      stopReason: 'endTurn',
      usage: USAGE,
    };
  }

  /** An answer that calls one tool, optionally after some text. */
  static toolCall(
    name: string,
    input: JsonValue,
    toolUseId = `${name}-1`,
    text?: string,
  ): ModelResponse {
    const message: ConversationMessage = {
      role: 'assistant',
      content: [...(text === undefined ? [] : [{ text }]), { toolUse: { toolUseId, name, input } }],
    };
    return { message, stopReason: 'toolUse', usage: USAGE };
  }

  /** Adds steps at the end of the queue. */
  enqueue(...steps: ScriptedStep[]): void {
    this.steps.push(...steps);
  }

  /** Takes the next step. */
  converse(request: ModelRequest, options?: ModelCallOptions): Promise<ModelResponse> {
    try {
      return Promise.resolve(this.next(request, options));
    } catch (error: unknown) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** Takes the next step and streams it. */
  async *converseStream(
    request: ModelRequest,
    options?: ModelCallOptions,
  ): AsyncIterable<ModelStreamEvent> {
    const response = await this.converse(request, options);
    for (const block of response.message.content) {
      if ('text' in block) {
        const middle = Math.ceil(block.text.length / 2);
        for (const text of [block.text.slice(0, middle), block.text.slice(middle)]) {
          if (text !== '') {
            yield { kind: 'textDelta', text };
          }
        }
      }
    }
    yield { kind: 'response', response };
  }

  private next(request: ModelRequest, options?: ModelCallOptions): ModelResponse {
    options?.signal?.throwIfAborted();
    this.requests.push(request);
    const step = this.steps.shift();
    if (step === undefined) {
      throw new Error('ScriptedModel has no scripted step left');
    }
    if (step instanceof Error) {
      throw step;
    }
    return typeof step === 'function' ? step(request) : step;
  }
}
