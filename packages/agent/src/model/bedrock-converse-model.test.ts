import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

import {
  ContextTooLongError,
  ModelRequestRejectedError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../errors/agent-error';
import { type FakeBedrock, startFakeBedrock } from '../testing/fake-bedrock';
import { BedrockConverseModel } from './bedrock-converse-model';
import { DEFAULT_THROTTLE_RETRY_AFTER_MS } from './bedrock-error-translation';
import type { ModelRequest, ModelStreamEvent } from './model-port';

const MODEL_ID = 'anthropic.claude-test-v1:0';

const request: ModelRequest = {
  system: 'Be kind.',
  messages: [{ role: 'user', content: [{ text: 'What do I take today?' }] }],
  tools: [
    {
      name: 'todays_doses',
      description: 'Lists doses due today.',
      inputSchema: { type: 'object', properties: {}, additionalProperties: false },
    },
  ],
};

const toolCall = {
  role: 'assistant' as const,
  content: [
    { text: 'Let me look.' },
    { toolUse: { toolUseId: 't-1', name: 'todays_doses', input: { day: 'today' } } },
  ],
};

async function collect(events: AsyncIterable<ModelStreamEvent>): Promise<ModelStreamEvent[]> {
  const all: ModelStreamEvent[] = [];
  for await (const event of events) {
    all.push(event);
  }
  return all;
}

describe('BedrockConverseModel', () => {
  let fake: FakeBedrock;
  let client: BedrockRuntimeClient;
  let model: BedrockConverseModel;

  beforeEach(async () => {
    fake = await startFakeBedrock();
    client = fake.createClient();
    model = new BedrockConverseModel({ client, modelId: MODEL_ID, maxOutputTokens: 300 });
  });

  afterEach(async () => {
    client.destroy();
    await fake.close();
  });

  describe('when the model calls a tool', () => {
    it('returns the message, stop reason and usage in our words', async () => {
      fake.enqueue({
        kind: 'message',
        message: toolCall,
        usage: { inputTokens: 42, outputTokens: 7 },
      });

      const response = await model.converse(request);

      expect(response).toEqual({
        message: toolCall,
        stopReason: 'toolUse',
        usage: { inputTokens: 42, outputTokens: 7 },
      });
    });

    it('sends the system prompt, messages, tools and token limit in Converse shape', async () => {
      fake.enqueue({ kind: 'message', message: toolCall });

      await model.converse(request);

      expect(fake.requests).toEqual([
        {
          operation: 'converse',
          modelId: MODEL_ID,
          body: {
            system: [{ text: 'Be kind.' }],
            messages: [{ role: 'user', content: [{ text: 'What do I take today?' }] }],
            toolConfig: {
              tools: [
                {
                  toolSpec: {
                    name: 'todays_doses',
                    description: 'Lists doses due today.',
                    inputSchema: {
                      json: { type: 'object', properties: {}, additionalProperties: false },
                    },
                  },
                },
              ],
            },
            inferenceConfig: { maxTokens: 300 },
          },
        },
      ]);
    });
  });

  describe('when a tool result is sent back', () => {
    it('maps the result block with its status and json content', async () => {
      fake.enqueue({
        kind: 'message',
        message: { role: 'assistant', content: [{ text: 'Done.' }] },
      });

      await model.converse({
        ...request,
        messages: [
          ...request.messages,
          toolCall,
          {
            role: 'user',
            content: [
              {
                toolResult: {
                  toolUseId: 't-1',
                  status: 'error',
                  content: [{ text: 'no doses' }, { json: { count: 0, items: [] } }],
                },
              },
            ],
          },
        ],
      });

      expect(fake.requests[0]?.body).toMatchObject({
        messages: [
          { role: 'user' },
          toolCall,
          {
            role: 'user',
            content: [
              {
                toolResult: {
                  toolUseId: 't-1',
                  status: 'error',
                  content: [{ text: 'no doses' }, { json: { count: 0, items: [] } }],
                },
              },
            ],
          },
        ],
      });
    });
  });

  describe('when streaming', () => {
    it('yields text deltas and then the assembled response', async () => {
      fake.enqueue({
        kind: 'message',
        message: toolCall,
        usage: { inputTokens: 3, outputTokens: 4 },
      });

      const events = await collect(model.converseStream(request));

      expect(events).toEqual([
        { kind: 'textDelta', text: 'Let me' },
        { kind: 'textDelta', text: ' look.' },
        {
          kind: 'response',
          response: {
            message: toolCall,
            stopReason: 'toolUse',
            usage: { inputTokens: 3, outputTokens: 4 },
          },
        },
      ]);
    });

    it('translates an exception frame in the middle of the stream', async () => {
      fake.enqueue({
        kind: 'streamError',
        text: 'Hello there',
        exceptionType: 'throttlingException',
        message: 'slow down',
      });

      await expect(collect(model.converseStream(request))).rejects.toThrow(ModelThrottledError);
    });
  });

  describe('when Bedrock throttles', () => {
    it('throws ModelThrottledError with the retry-after hint', async () => {
      fake.enqueue({
        kind: 'error',
        status: 429,
        errorType: 'ThrottlingException',
        message: 'Too many requests',
        retryAfterSeconds: 3,
      });

      const error: unknown = await model.converse(request).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ModelThrottledError);
      expect(error).toMatchObject({
        name: 'ModelThrottledError',
        message: 'the model is throttled; retry after 3000 ms',
        retryAfterMs: 3000,
      });
      expect((error as ModelThrottledError).cause).toMatchObject({ name: 'ThrottlingException' });
    });

    it('uses the default wait when no hint is sent', async () => {
      fake.enqueue({
        kind: 'error',
        status: 429,
        errorType: 'ThrottlingException',
        message: 'slow',
      });

      await expect(model.converse(request)).rejects.toMatchObject({
        retryAfterMs: DEFAULT_THROTTLE_RETRY_AFTER_MS,
      });
    });
  });

  describe('when the prompt is too long', () => {
    it('throws ContextTooLongError', async () => {
      fake.enqueue({
        kind: 'error',
        status: 400,
        errorType: 'ValidationException',
        message: 'Input is too long for requested model.',
      });

      await expect(model.converse(request)).rejects.toThrow(new ContextTooLongError().message);
      fake.enqueue({
        kind: 'error',
        status: 400,
        errorType: 'ValidationException',
        message: 'Input is too long for requested model.',
      });
      await expect(model.converse(request)).rejects.toBeInstanceOf(ContextTooLongError);
    });
  });

  describe('when the request is otherwise invalid', () => {
    it('throws ModelRequestRejectedError', async () => {
      fake.enqueue({
        kind: 'error',
        status: 400,
        errorType: 'ValidationException',
        message: 'A conversation must start with a user message.',
      });

      const error: unknown = await model.converse(request).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(ModelRequestRejectedError);
      expect(error).toMatchObject({
        name: 'ModelRequestRejectedError',
        message: 'the model rejected the request',
      });
    });
  });

  describe('when Bedrock fails on its side', () => {
    it('throws ModelUnavailableError', async () => {
      fake.enqueue({
        kind: 'error',
        status: 503,
        errorType: 'ServiceUnavailableException',
        message: 'busy',
      });

      await expect(model.converse(request)).rejects.toThrow(ModelUnavailableError);
    });
  });

  describe('when nothing listens at the endpoint', () => {
    it('throws ModelUnavailableError', async () => {
      const gone = await startFakeBedrock();
      const goneClient = gone.createClient();
      await gone.close();

      const error: unknown = await new BedrockConverseModel({
        client: goneClient,
        modelId: MODEL_ID,
      })
        .converse(request)
        .catch((caught: unknown) => caught);
      goneClient.destroy();

      expect(error).toBeInstanceOf(ModelUnavailableError);
      expect(error).toMatchObject({
        name: 'ModelUnavailableError',
        message: 'the model is unavailable',
      });
    });
  });

  describe('when the call is aborted', () => {
    it('lets the abort error pass through untranslated', async () => {
      const controller = new AbortController();
      controller.abort();

      const error: unknown = await model
        .converse(request, { signal: controller.signal })
        .catch((caught: unknown) => caught);

      expect(error).toMatchObject({ name: 'AbortError' });
    });
  });
});
