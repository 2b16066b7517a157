import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBotApiPayload } from './read-bot-api-payload';

/** One Bot API call the fake received. */
export interface RecordedTelegramCall {
  readonly method: string;
  /** The token in the URL path, so tests can check which bot called. */
  readonly token: string;
  readonly payload: Readonly<Record<string, unknown>>;
  /** Set once the fake has answered the call. */
  answered: boolean;
  /** The `result` sent back (undefined for a scripted failure or before the answer). */
  result?: unknown;
}

/** A scripted Bot API error for the next call of a method. */
export interface FakeTelegramFailure {
  readonly errorCode: 400 | 403 | 429 | 500;
  readonly description: string;
  /** Seconds, sent as `parameters.retry_after` (429). */
  readonly retryAfter?: number;
}

interface Script {
  failures: FakeTelegramFailure[];
  delaysMs: number[];
}

/**
 * A fake Telegram Bot API on 127.0.0.1 for tests: answers `POST /bot<token>/<method>` with
 * `{ ok: true, result }` (a plausible result per method), records every call, and can be
 * scripted to fail (429 with `retry_after`, 403, 400) or to answer late.
 */
export class FakeTelegramApi {
  /** Every call received, in order. */
  readonly calls: RecordedTelegramCall[] = [];
  private readonly scripts = new Map<string, Script>();
  private readonly listeners = new Set<() => void>();
  private readonly pendingUpdates: Record<string, unknown>[] = [];
  private readonly files = new Map<string, Uint8Array>();
  /** How many times each served file was downloaded, by file id. */
  readonly downloads = new Map<string, number>();
  private nextMessageId = 1000;

  private constructor(
    private readonly server: Server,
    /** Pass as the bot's API root. */
    readonly apiRoot: string,
  ) {}

  /** Starts the fake on a random port of 127.0.0.1. */
  static async start(): Promise<FakeTelegramApi> {
    const holder: { fake?: FakeTelegramApi } = {};
    const server = createServer((request, response) => {
      void holder.fake?.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    holder.fake = new FakeTelegramApi(server, `http://127.0.0.1:${port}`);
    return holder.fake;
  }

  /** The calls of one method, in order. */
  callsTo(method: string): RecordedTelegramCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The next call of `method` gets this error instead of a result. */
  failNext(method: string, failure: FakeTelegramFailure): void {
    this.scriptOf(method).failures.push(failure);
  }

  /**
   * Queues updates for `getUpdates`, which returns those at or after the requested offset. With
   * none pending it answers an empty list after 100 ms (a short stand-in for long polling).
   */
  queueUpdates(...updates: Record<string, unknown>[]): void {
    this.pendingUpdates.push(...updates);
  }

  /**
   * Serves `content` as the file `fileId`: `getFile` answers with its size and a path, and
   * `GET /file/bot<token>/<path>` returns the bytes, as the real Bot API does.
   */
  serveFile(fileId: string, content: Uint8Array | string): void {
    this.files.set(fileId, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
  }

  /** The next call of `method` is answered only after `ms` milliseconds. */
  delayNext(method: string, ms: number): void {
    this.scriptOf(method).delaysMs.push(ms);
  }

  /** Resolves once `count` calls match `predicate`; rejects after `timeoutMs`. */
  async waitForCalls(
    predicate: (call: RecordedTelegramCall) => boolean,
    count = 1,
    timeoutMs = 10_000,
  ): Promise<RecordedTelegramCall[]> {
    const matching = (): RecordedTelegramCall[] => this.calls.filter(predicate);
    if (matching().length >= count) return matching();
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (matching().length < count) return;
        cleanup();
        resolve(matching());
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Telegram API saw ${matching().length} of ${count} calls`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
    });
  }

  /** Stops the server and drops open connections. */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private scriptOf(method: string): Script {
    const script = this.scripts.get(method) ?? { failures: [], delaysMs: [] };
    this.scripts.set(method, script);
    return script;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method === 'GET' && (request.url ?? '').startsWith('/file/bot')) {
      this.serveDownload(request.url ?? '', response);
      return;
    }
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(request.url ?? '');
    if (request.method !== 'POST' || match === null) {
      respond(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    const [, token = '', method = ''] = match;
    const payload = await readBotApiPayload(request).catch(() => null);
    if (payload === null) {
      respond(response, 400, { ok: false, error_code: 400, description: 'Bad Request: body' });
      return;
    }
    const call: RecordedTelegramCall = {
      method,
      token: decodeURIComponent(token),
      payload,
      answered: false,
    };
    this.calls.push(call);
    for (const listener of [...this.listeners]) listener();

    const script = this.scriptOf(method);
    if (method === 'getUpdates' && !this.hasUpdatesFor(call.payload)) {
      script.delaysMs.unshift(100);
    }
    const delayMs = script.delaysMs.shift();
    if (delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const failure = script.failures.shift() ?? this.unknownFileFailure(call);
    if (failure === undefined) {
      call.result = this.resultOf(call);
      respond(response, 200, { ok: true, result: call.result });
    } else {
      respond(response, failure.errorCode, failureBody(failure));
    }
    call.answered = true;
    for (const listener of [...this.listeners]) listener();
  }

  private serveDownload(url: string, response: ServerResponse): void {
    const fileId = decodeURIComponent(/^\/file\/bot[^/]+\/documents\/(.+)$/.exec(url)?.[1] ?? '');
    const content = this.files.get(fileId);
    if (content === undefined) {
      respond(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
      return;
    }
    this.downloads.set(fileId, (this.downloads.get(fileId) ?? 0) + 1);
    response.writeHead(200, { 'content-type': 'application/octet-stream' });
    response.end(content);
  }

  private unknownFileFailure(call: RecordedTelegramCall): FakeTelegramFailure | undefined {
    if (call.method !== 'getFile' || this.files.has(String(call.payload.file_id))) return undefined;
    return { errorCode: 400, description: 'Bad Request: invalid file_id' };
  }

  private fileResult(payload: Readonly<Record<string, unknown>>): unknown {
    const fileId = String(payload.file_id);
    const content = this.files.get(fileId);
    if (content === undefined) return undefined;
    return {
      file_id: fileId,
      file_unique_id: `u-${fileId}`,
      file_size: content.byteLength,
      file_path: `documents/${encodeURIComponent(fileId)}`,
    };
  }

  private hasUpdatesFor(payload: Readonly<Record<string, unknown>>): boolean {
    return this.updatesFor(payload).length > 0;
  }

  private updatesFor(payload: Readonly<Record<string, unknown>>): Record<string, unknown>[] {
    const offset = typeof payload.offset === 'number' ? payload.offset : 0;
    return this.pendingUpdates.filter(
      (update) => typeof update.update_id === 'number' && update.update_id >= offset,
    );
  }

  private resultOf(call: RecordedTelegramCall): unknown {
    const chatId = call.payload.chat_id;
    switch (call.method) {
      case 'sendMessage':
        this.nextMessageId += 1;
        return {
          message_id: this.nextMessageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private' },
          text: call.payload.text,
        };
      case 'getMe':
        return {
          id: Number(call.token.split(':')[0]),
          is_bot: true,
          first_name: 'Fake',
          username: 'fake_bot',
        };
      case 'getUpdates':
        return this.updatesFor(call.payload);
      case 'getFile':
        return this.fileResult(call.payload);
      case 'sendDocument':
        this.nextMessageId += 1;
        return {
          message_id: this.nextMessageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: 'private' },
          document: { file_id: `sent-${this.nextMessageId}`, file_unique_id: 'sent' },
        };
      default:
        return true;
    }
  }
}

function failureBody(failure: FakeTelegramFailure): Record<string, unknown> {
  return {
    ok: false,
    error_code: failure.errorCode,
    description: failure.description,
    ...(failure.retryAfter === undefined
      ? {}
      : { parameters: { retry_after: failure.retryAfter } }),
  };
}

function respond(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}
