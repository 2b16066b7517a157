import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { BundleHarness } from './bundle-harness';

const PRESCRIPTION = 'Amoxicillin 500 mg: take 1 capsule three times daily for 7 days';

const chatReplySchema = z.object({
  reply: z.string(),
  actions: z.array(z.object({ kind: z.string(), prescriptionId: z.string(), label: z.string() })),
});

describe('the bundle on embedded defaults, driven through the chat API', () => {
  let harness: BundleHarness;

  beforeAll(async () => {
    harness = await BundleHarness.start({ dataDirPrefix: 'cah-chat-e2e-' });
  }, 30_000);

  afterAll(async () => {
    await harness?.stop();
  });

  async function countByRole(): Promise<{ user: number; assistant: number }> {
    const roles = (await harness.scan('conversations')).map(
      (item) => z.object({ role: z.string() }).parse(JSON.parse(String(item.body))).role,
    );
    return {
      user: roles.filter((role) => role === 'user').length,
      assistant: roles.filter((role) => role === 'assistant').length,
    };
  }

  describe('when 10 /chat requests of the same user arrive at once', () => {
    it('answers every one with 200 and stores every turn', async () => {
      const before = await countByRole();

      const responses = await Promise.all(
        Array.from({ length: 10 }, () => harness.post('/chat', { prompt: 'help' })),
      );

      expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
      const after = await countByRole();
      expect({
        user: after.user - before.user,
        assistant: after.assistant - before.assistant,
      }).toEqual({
        user: 10,
        assistant: 10,
      });
    }, 30_000);
  });

  describe('when 5 /chat-streaming requests of the same user arrive at once', () => {
    it('ends every stream with done, never with error', async () => {
      const responses = await Promise.all(
        Array.from({ length: 5 }, () => harness.post('/chat-streaming', { prompt: 'help' })),
      );
      const bodies = await Promise.all(responses.map((response) => response.text()));

      expect(bodies.map((body) => /event: done\n[^\n]*\n\n$/.test(body))).toEqual(
        Array(5).fill(true),
      );
    }, 30_000);
  });

  describe('when the /chat user presses Confirm through /chat/actions', () => {
    it('saves the draft once, says already saved the second time and 404s unknown ids', async () => {
      const proposal = chatReplySchema.parse(
        await (await harness.post('/chat', { prompt: PRESCRIPTION })).json(),
      );
      const action = proposal.actions[0];
      if (action === undefined) throw new Error(`no Confirm action in: ${proposal.reply}`);

      const first = await harness.post('/chat/actions', { action });
      const second = await harness.post('/chat/actions', {
        action: { kind: 'confirmPrescription', prescriptionId: action.prescriptionId },
      });
      const unknown = await harness.post('/chat/actions', {
        action: { kind: 'confirmPrescription', prescriptionId: 'no-such-id' },
      });
      const malformed = await harness.post('/chat/actions', { action: { kind: 'press' } });

      expect([first.status, await first.json()]).toEqual([
        200,
        {
          result: 'saved',
          prescriptionId: action.prescriptionId,
          reply: 'Saved \u2705 Amoxicillin',
        },
      ]);
      expect([second.status, await second.json()]).toEqual([
        200,
        {
          result: 'alreadySaved',
          prescriptionId: action.prescriptionId,
          reply: 'Already saved: Amoxicillin',
        },
      ]);
      expect([unknown.status, await unknown.json()]).toEqual([
        404,
        { error: 'no prescription no-such-id to confirm: it expired or is unknown; send it again' },
      ]);
      expect(malformed.status).toBe(400);
      expect(
        (await harness.scan('prescriptions')).map((item) => [item.prescriptionId, item.status]),
      ).toEqual([[action.prescriptionId, 'active']]);
    }, 30_000);
  });

  describe('when a body is not JSON the API can read', () => {
    it.each([
      [
        '/chat',
        { 'content-type': 'application/json; charset=latin1' },
        '{"prompt":"hi"}',
        415,
        'charset "latin1" is not supported: send JSON in utf-8 (content-type application/json)',
      ],
      [
        '/chat-streaming',
        { 'content-encoding': 'gzip' },
        'not gzip at all',
        400,
        'request body could not be decompressed: it does not match its content-encoding',
      ],
      [
        '/chat/actions',
        { 'content-type': 'text/plain' },
        '{"prompt":"hi"}',
        415,
        'send JSON with content-type application/json',
      ],
      ['/chat', {}, 'null', 400, 'request body must be a JSON object, got null'],
      ['/webhook', {}, '{}', 503, 'Telegram is not configured: set TELEGRAM_BOT_TOKEN'],
    ])('answers %s with its own 4xx and message', async (path, headers, body, status, error) => {
      const response = await harness.post(path, body, headers);

      expect([response.status, await response.json()]).toEqual([status, { error }]);
    });

    it('reads a gzip body that really is gzip', async () => {
      const response = await harness.post('/chat', gzipSync('{"prompt":"help"}'), {
        'content-encoding': 'gzip',
      });

      expect(response.status).toBe(200);
    });
  });
});
