import type { ApiCallFn } from 'grammy';
import { createJsonLogger } from '../logging/json-logger';
import { createTelegramCallGuard } from './telegram-call-guard';
import { TelegramApiError, TelegramUnreachableError } from './telegram-errors';

type Answer = { ok: true; result: unknown } | Record<string, unknown> | Error;

function scriptedPrev(answers: Answer[]): { prev: ApiCallFn; calls: string[] } {
  const calls: string[] = [];
  const prev = ((method: string) => {
    calls.push(method);
    const answer = answers.shift();
    if (answer === undefined) throw new Error('no scripted answer left');
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }) as unknown as ApiCallFn;
  return { prev, calls };
}

function guardWith() {
  const waits: number[] = [];
  const lines: string[] = [];
  const guard = createTelegramCallGuard({
    logger: createJsonLogger({ service: 'test', write: (line) => lines.push(line) }),
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  });
  return { guard, waits, lines };
}

const rateLimited = (seconds: number) => ({
  ok: false,
  error_code: 429,
  description: 'Too Many Requests: retry after 1',
  parameters: { retry_after: seconds },
});

describe('createTelegramCallGuard', () => {
  describe('when Telegram answers 429 then succeeds', () => {
    it('waits retry_after and returns the success', async () => {
      const { guard, waits } = guardWith();
      const { prev, calls } = scriptedPrev([rateLimited(2), { ok: true, result: true }]);

      const response = await guard(prev, 'sendMessage', { chat_id: 1, text: 'x' });

      expect(response).toEqual({ ok: true, result: true });
      expect(waits).toEqual([2000]);
      expect(calls).toEqual(['sendMessage', 'sendMessage']);
    });
  });

  describe('when Telegram keeps answering 429', () => {
    it('gives up after two retries with a TelegramApiError', async () => {
      const { guard, waits } = guardWith();
      const { prev } = scriptedPrev([rateLimited(1), rateLimited(1), rateLimited(1)]);

      await expect(guard(prev, 'sendMessage', { chat_id: 1, text: 'x' })).rejects.toEqual(
        new TelegramApiError({
          method: 'sendMessage',
          errorCode: 429,
          description: 'Too Many Requests: retry after 1',
          retryAfterSeconds: 1,
        }),
      );
      expect(waits).toEqual([1000, 1000]);
    });
  });

  describe('when retry_after is too long', () => {
    it('fails at once', async () => {
      const { guard, waits } = guardWith();
      const { prev } = scriptedPrev([rateLimited(600)]);

      await expect(guard(prev, 'sendMessage', { chat_id: 1, text: 'x' })).rejects.toBeInstanceOf(
        TelegramApiError,
      );
      expect(waits).toEqual([]);
    });
  });

  describe('when the user blocked the bot', () => {
    it('throws a TelegramApiError with code 403 and no retry', async () => {
      const { guard } = guardWith();
      const { prev, calls } = scriptedPrev([
        { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' },
      ]);

      const error: unknown = await guard(prev, 'sendMessage', { chat_id: 1, text: 'x' }).catch(
        (caught: unknown) => caught,
      );

      expect(error).toEqual(
        new TelegramApiError({
          method: 'sendMessage',
          errorCode: 403,
          description: 'Forbidden: bot was blocked by the user',
          retryAfterSeconds: null,
        }),
      );
      expect((error as Error).message).toBe(
        'telegram sendMessage failed with 403: Forbidden: bot was blocked by the user',
      );
      expect(calls).toEqual(['sendMessage']);
    });
  });

  describe('when the network fails', () => {
    it('throws a TelegramUnreachableError keeping the cause', async () => {
      const { guard } = guardWith();
      const cause = new Error('connect ECONNREFUSED');
      const { prev } = scriptedPrev([cause]);

      const error: unknown = await guard(prev, 'sendChatAction', {
        chat_id: 1,
        action: 'typing',
      }).catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(TelegramUnreachableError);
      expect(error).toEqual(
        expect.objectContaining({
          name: 'TelegramUnreachableError',
          message: 'telegram unreachable during sendChatAction',
          method: 'sendChatAction',
          cause,
        }),
      );
    });
  });
});
