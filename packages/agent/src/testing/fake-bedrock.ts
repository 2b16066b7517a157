import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';

import {
  BedrockRuntimeClient,
  type BedrockRuntimeClientConfig,
} from '@aws-sdk/client-bedrock-runtime';

import {
  converseBody,
  failingStreamFrames,
  type FakeBedrockReply,
  streamFrames,
} from './fake-bedrock-wire';

/** A request the fake received. */
export interface FakeBedrockRequest {
  readonly operation: 'converse' | 'converseStream';
  /** Decoded from the path. */
  readonly modelId: string;
  /** The parsed JSON body (Bedrock's own request shape). */
  readonly body: unknown;
}

/** A running fake Bedrock Runtime on 127.0.0.1. */
export interface FakeBedrock {
  /** `http://127.0.0.1:<port>`, for the client's `endpoint`. */
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: readonly FakeBedrockRequest[];
  /** Queues replies; each request takes the next one. */
  enqueue(...replies: FakeBedrockReply[]): void;
  /** A client aimed at this fake with dummy credentials and no retries, unless overridden. */
  createClient(overrides?: BedrockRuntimeClientConfig): BedrockRuntimeClient;
  /** Stops the server and drops open sessions. */
  close(): Promise<void>;
}

/** Settings for {@link startFakeBedrock}. */
export interface FakeBedrockOptions {
  /** Replies queued from the start. */
  readonly replies?: readonly FakeBedrockReply[];
  /**
   * Reply when the queue is empty.
   * @defaultValue a 500 `InternalServerException` saying no reply was scripted
   */
  readonly fallback?: FakeBedrockReply;
}

const ROUTE = /^\/model\/([^/]+)\/(converse|converse-stream)$/;
const NO_REPLY: FakeBedrockReply = {
  kind: 'error',
  status: 500,
  errorType: 'InternalServerException',
  message: 'the fake Bedrock has no scripted reply left',
};

function parseJson(text: string): unknown {
  return text === '' ? null : JSON.parse(text);
}

function answerError(
  stream: http2.ServerHttp2Stream,
  reply: Extract<FakeBedrockReply, { kind: 'error' }>,
): void {
  stream.respond({
    ':status': reply.status,
    'content-type': 'application/json',
    'x-amzn-errortype': reply.errorType,
    ...(reply.retryAfterSeconds === undefined
      ? {}
      : { 'retry-after': String(reply.retryAfterSeconds) }),
  });
  stream.end(JSON.stringify({ message: reply.message }));
}

function answer(
  stream: http2.ServerHttp2Stream,
  operation: FakeBedrockRequest['operation'],
  reply: FakeBedrockReply,
): void {
  if (reply.kind === 'error') {
    answerError(stream, reply);
    return;
  }
  if (operation === 'converse') {
    const body = reply.kind === 'message' ? converseBody(reply) : JSON.stringify({});
    stream.respond({ ':status': 200, 'content-type': 'application/json' });
    stream.end(body);
    return;
  }
  stream.respond({ ':status': 200, 'content-type': 'application/vnd.amazon.eventstream' });
  const frames = reply.kind === 'message' ? streamFrames(reply) : failingStreamFrames(reply);
  for (const frame of frames) {
    stream.write(frame);
  }
  stream.end();
}

/**
 * Starts a fake Bedrock Runtime (Converse and ConverseStream over cleartext HTTP/2) on
 * 127.0.0.1 at a random port. It answers from a queue of scripted replies and records every
 * request, so tests and the app's end-to-end run exercise the real SDK client with no network.
 */
export async function startFakeBedrock(options: FakeBedrockOptions = {}): Promise<FakeBedrock> {
  const queue: FakeBedrockReply[] = [...(options.replies ?? [])];
  const requests: FakeBedrockRequest[] = [];
  const sessions = new Set<http2.ServerHttp2Session>();
  const server = http2.createServer();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  server.on('stream', (stream, headers) => {
    const match = ROUTE.exec(String(headers[':path'] ?? ''));
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      if (match === null) {
        answerError(stream, {
          kind: 'error',
          status: 404,
          errorType: 'UnknownOperationException',
          message: 'no such route',
        });
        return;
      }
      const operation = match[2] === 'converse' ? 'converse' : 'converseStream';
      const modelId = decodeURIComponent(match[1] ?? '');
      requests.push({
        operation,
        modelId,
        body: parseJson(Buffer.concat(chunks).toString('utf8')),
      });
      answer(stream, operation, queue.shift() ?? options.fallback ?? NO_REPLY);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    createClient: (overrides = {}) =>
      new BedrockRuntimeClient({
        region: 'us-east-1',
        endpoint: url,
        credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
        maxAttempts: 1,
        ...overrides,
      }),
    close: async () => {
      for (const session of sessions) {
        session.destroy();
      }
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
