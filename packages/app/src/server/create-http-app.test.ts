import { InMemoryPrescriptionStore } from '@ctrl-alt-heal/agent/testing';
import { ChatSerialQueue } from '../intake/chat-serial-queue';
import type { TurnReply, TurnRunner, TurnStreamEvent } from '../intake/turn-runner';
import { UpdateIntake, type UpdateClaims } from '../intake/update-intake';
import { createJsonLogger } from '../logging/json-logger';
import type { TelegramUpdate } from '../telegram/telegram-update-schema';
import { createHttpApp } from './create-http-app';
import { listenHttp, type RunningHttpServer } from './http-server';
import { PUBLIC_ROUTES } from './public-routes';

const SECRET = 'webhook_secret-123';
const API_KEY = 'chat-api-key-456';

class InMemoryClaims implements UpdateClaims {
  readonly claimed: number[] = [];
  failing = false;

  claim(updateId: number): Promise<boolean> {
    if (this.failing) return Promise.reject(new Error('store down'));
    if (this.claimed.includes(updateId)) return Promise.resolve(false);
    this.claimed.push(updateId);
    return Promise.resolve(true);
  }
}

const REPLY: TurnReply = {
  text: 'Hello there',
  actions: [{ kind: 'confirmPrescription', prescriptionId: 'rx1', label: 'Confirm' }],
  modelId: 'offline',
  usage: { inputTokens: 1, outputTokens: 2 },
};

class ScriptedTurns implements TurnRunner {
  readonly prompts: string[] = [];

  run(userId: string, text: string): Promise<TurnReply> {
    this.prompts.push(`${userId}: ${text}`);
    return Promise.resolve(REPLY);
  }

  async *stream(userId: string, text: string): AsyncIterable<TurnStreamEvent> {
    this.prompts.push(`${userId}: ${text}`);
    yield { kind: 'textDelta', text: 'Hello ' };
    yield { kind: 'textDelta', text: 'there' };
    yield { kind: 'result', result: await Promise.resolve(REPLY) };
  }
}

const update = {
  update_id: 900,
  message: {
    message_id: 1,
    from: { id: 7, is_bot: false, first_name: 'A', language_code: 'en' },
    chat: { id: 7, first_name: 'A', type: 'private' },
    date: 1_767_000_000,
    text: 'hello',
  },
};

describe('createHttpApp', () => {
  let server: RunningHttpServer;
  let claims: InMemoryClaims;
  let queue: ChatSerialQueue;
  let processed: TelegramUpdate[];
  let turns: ScriptedTurns;
  let draining: boolean;
  let turnGate: Promise<void>;

  async function start(apiKey: string | null): Promise<void> {
    const logger = createJsonLogger({ service: 'test', write: () => undefined });
    const processor = {
      process: async (received: TelegramUpdate) => {
        await turnGate;
        processed.push(received);
      },
    };
    const intake = new UpdateIntake({ claims, queue, processor, logger });
    const app = createHttpApp({
      logger,
      webhook: { secret: SECRET, intake },
      chat: {
        turns,
        chatUserId: () => Promise.resolve('local-user'),
        prescriptions: new InMemoryPrescriptionStore(),
        apiKey,
      },
      isDraining: () => draining,
    });
    server = await listenHttp(app, { host: '127.0.0.1', port: 0 });
  }

  beforeEach(() => {
    claims = new InMemoryClaims();
    queue = new ChatSerialQueue({ onTaskError: () => undefined });
    processed = [];
    turns = new ScriptedTurns();
    draining = false;
    turnGate = Promise.resolve();
  });

  afterEach(async () => {
    await server.close(100);
  });

  describe('when the public routes are compared with what the app serves', () => {
    it('serves every listed route and nothing else', async () => {
      await start(null);

      const statuses = await Promise.all(
        [...PUBLIC_ROUTES, { path: '/admin', method: 'POST' as const }].map(async (route) => {
          const response = await fetch(`${server.url}${route.path}`, {
            method: route.method,
            headers: { 'content-type': 'application/json' },
            ...(route.method === 'POST' ? { body: '{}' } : {}),
          });
          return `${route.method} ${route.path} ${response.status === 404 ? 'missing' : 'served'}`;
        }),
      );

      expect(statuses).toEqual([
        'GET /health served',
        'POST /webhook served',
        'POST /chat served',
        'POST /chat-streaming served',
        'POST /chat/actions served',
        'POST /admin missing',
      ]);
    });
  });

  function postWebhook(body: string, secret = SECRET): Promise<Response> {
    return fetch(`${server.url}/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body,
    });
  }

  describe('when /health is called', () => {
    it('answers 200 ok', async () => {
      await start(null);

      const response = await fetch(`${server.url}/health`);

      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 200,
        body: { status: 'ok' },
      });
    });
  });

  describe('when a valid update arrives twice', () => {
    it('answers 200 both times and processes it once', async () => {
      await start(null);

      const first = await postWebhook(JSON.stringify(update));
      const second = await postWebhook(JSON.stringify(update));
      await queue.drain(1000);

      expect([first.status, second.status]).toEqual([200, 200]);
      expect(processed).toEqual([update]);
    });
  });

  describe('when the turn is slow', () => {
    it('answers 200 before the turn runs', async () => {
      await start(null);
      let open = (): void => undefined;
      turnGate = new Promise((resolve) => {
        open = resolve;
      });

      const response = await postWebhook(JSON.stringify(update));
      const processedWhenAnswered = processed.length;
      open();
      await queue.drain(1000);

      expect({ status: response.status, processedWhenAnswered }).toEqual({
        status: 200,
        processedWhenAnswered: 0,
      });
      expect(processed).toHaveLength(1);
    });
  });

  describe('when the secret is wrong', () => {
    it('answers 401 and claims nothing', async () => {
      await start(null);

      const response = await postWebhook(JSON.stringify(update), 'wrong');

      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 401,
        body: { error: 'missing or wrong X-Telegram-Bot-Api-Secret-Token header' },
      });
      expect(claims.claimed).toEqual([]);
    });
  });

  describe('when the body is malformed or not an update', () => {
    it('answers 400 with a clear message', async () => {
      await start(null);

      const malformed = await postWebhook('{"update_id": ');
      const notUpdate = await postWebhook(JSON.stringify({ update_id: 'x' }));

      expect(await malformed.json()).toEqual({ error: 'request body is not valid JSON' });
      expect(malformed.status).toBe(400);
      expect(await notUpdate.json()).toEqual({
        error:
          'invalid Telegram update: update_id: Invalid input: expected number, received string',
      });
      expect(claims.claimed).toEqual([]);
    });
  });

  describe('when the body is over 1 MB', () => {
    it('answers 413', async () => {
      await start(null);

      const response = await postWebhook(
        JSON.stringify({ update_id: 1, pad: 'x'.repeat(1_100_000) }),
      );

      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 413,
        body: { error: 'request body is larger than the 1048576-byte limit' },
      });
    });
  });

  describe('when the claim store is down', () => {
    it('answers 503 so Telegram redelivers', async () => {
      await start(null);
      claims.failing = true;

      const response = await postWebhook(JSON.stringify(update));

      expect(response.status).toBe(503);
      expect(processed).toEqual([]);
    });
  });

  describe('when the app is draining', () => {
    it('refuses new work with 503 but keeps /health', async () => {
      await start(null);
      draining = true;

      const webhook = await postWebhook(JSON.stringify(update));
      const chat = await fetch(`${server.url}/chat`, { method: 'POST', body: '{"prompt":"hi"}' });
      const health = await fetch(`${server.url}/health`);

      expect([webhook.status, chat.status, health.status]).toEqual([503, 503, 200]);
    });
  });

  describe('when /chat is open (embedded)', () => {
    it('returns the reply and actions as JSON', async () => {
      await start(null);

      const response = await fetch(`${server.url}/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'list my medicines' }),
      });

      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 200,
        body: { reply: 'Hello there', actions: REPLY.actions },
      });
      expect(turns.prompts).toEqual(['local-user: list my medicines']);
    });

    it('rejects a body without a prompt with 400', async () => {
      await start(null);

      const response = await fetch(`${server.url}/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: '  ' }),
      });

      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 400,
        body: { error: 'invalid chat request: prompt: must not be empty' },
      });
    });
  });

  describe('when /chat requires a bearer key (aws)', () => {
    it('refuses requests without the right key and serves the right one', async () => {
      await start(API_KEY);
      const post = (headers: Record<string, string>, path = '/chat'): Promise<Response> =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ prompt: 'hi' }),
        });

      const statuses = [
        (await post({})).status,
        (await post({ authorization: 'Bearer wrong' })).status,
        (await post({}, '/chat-streaming')).status,
        (await post({ authorization: `Bearer ${API_KEY}` })).status,
      ];

      expect(statuses).toEqual([401, 401, 401, 200]);
      expect(turns.prompts).toEqual(['local-user: hi']);
    });
  });

  describe('when /chat-streaming is called', () => {
    it('streams deltas then the whole reply as server-sent events', async () => {
      await start(null);

      const response = await fetch(`${server.url}/chat-streaming`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'hi' }),
      });

      expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(await response.text()).toBe(
        'event: delta\ndata: {"text":"Hello "}\n\n' +
          'event: delta\ndata: {"text":"there"}\n\n' +
          `event: done\ndata: ${JSON.stringify({ reply: 'Hello there', actions: REPLY.actions })}\n\n`,
      );
    });
  });
});
