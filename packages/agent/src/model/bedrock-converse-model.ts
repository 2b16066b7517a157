import {
  type BedrockRuntimeClient,
  ConverseCommand,
  type ConverseRequest,
  ConverseStreamCommand,
} from '@aws-sdk/client-bedrock-runtime';

import type {
  ModelCallOptions,
  ModelPort,
  ModelRequest,
  ModelResponse,
  ModelStreamEvent,
} from './model-port';
import {
  fromConverseMessage,
  toConverseMessages,
  toConverseToolConfig,
  toModelStopReason,
  toTokenUsage,
} from './bedrock-message-mapping';
import { translateBedrockError } from './bedrock-error-translation';
import { ConverseStreamAssembler } from './converse-stream-assembler';

/** Generated tokens per call when neither the request nor the options set a limit. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 1_024;

/** Settings for {@link BedrockConverseModel}. */
export interface BedrockConverseModelOptions {
  /** Built by the composition root (region, credentials, retries, HTTP handler). */
  readonly client: BedrockRuntimeClient;
  /** Bedrock model id or inference profile id, from config. */
  readonly modelId: string;
  /**
   * Generated tokens per call when a request sets none.
   * @defaultValue {@link DEFAULT_MAX_OUTPUT_TOKENS}
   */
  readonly maxOutputTokens?: number;
  /**
   * Sampling temperature, 0 to 1. Lower is steadier.
   * @defaultValue the model's own default
   */
  readonly temperature?: number;
}

/**
 * The model port over the Bedrock Converse and ConverseStream APIs. Throws the agent error
 * family (see `translateBedrockError`); abort errors pass through unchanged.
 */
export class BedrockConverseModel implements ModelPort {
  /** The Bedrock model id every call uses. */
  readonly modelId: string;
  private readonly client: BedrockRuntimeClient;
  private readonly maxOutputTokens: number;
  private readonly temperature: number | undefined;

  /** @param options - The client, the model id and inference limits. */
  constructor(options: BedrockConverseModelOptions) {
    this.client = options.client;
    this.modelId = options.modelId;
    this.maxOutputTokens = options.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    this.temperature = options.temperature;
  }

  /**
   * Sends one Converse call.
   * @throws ModelThrottledError, ContextTooLongError, ModelUnavailableError,
   *   ModelRequestRejectedError; abort errors unchanged.
   */
  async converse(request: ModelRequest, options?: ModelCallOptions): Promise<ModelResponse> {
    try {
      const output = await this.client.send(new ConverseCommand(this.toConverseRequest(request)), {
        abortSignal: options?.signal,
      });
      return {
        message: fromConverseMessage(output.output?.message),
        stopReason: toModelStopReason(output.stopReason),
        usage: toTokenUsage(output.usage),
      };
    } catch (error: unknown) {
      throw translateBedrockError(error);
    }
  }

  /**
   * Sends one ConverseStream call and yields text deltas as they arrive, then the response.
   * @throws the same errors as {@link BedrockConverseModel.converse}, also mid-stream.
   */
  async *converseStream(
    request: ModelRequest,
    options?: ModelCallOptions,
  ): AsyncIterable<ModelStreamEvent> {
    const assembler = new ConverseStreamAssembler();
    try {
      const output = await this.client.send(
        new ConverseStreamCommand(this.toConverseRequest(request)),
        { abortSignal: options?.signal },
      );
      for await (const event of output.stream ?? []) {
        const text = assembler.accept(event);
        if (text !== null && text !== '') {
          yield { kind: 'textDelta', text };
        }
      }
    } catch (error: unknown) {
      throw translateBedrockError(error);
    }
    yield { kind: 'response', response: assembler.finish() };
  }

  private toConverseRequest(request: ModelRequest): ConverseRequest {
    return {
      modelId: this.modelId,
      system: [{ text: request.system }],
      messages: toConverseMessages(request.messages),
      toolConfig: toConverseToolConfig(request.tools),
      inferenceConfig: {
        maxTokens: request.maxTokens ?? this.maxOutputTokens,
        ...(this.temperature === undefined ? {} : { temperature: this.temperature }),
      },
    };
  }
}
