import { createJsonLogger } from '../logging/json-logger';
import { FakeTelegramApi } from '../testing/fake-telegram-api';
import { createTelegramBot } from './create-telegram-bot';
import { createTelegramFileDownloader } from './telegram-file-download';
import { TelegramApiError, TelegramUnreachableError } from './telegram-errors';

const TOKEN = '4545:DOWNLOAD_TOKEN_abcdefghijklmnopqrstuvwxyz';

describe('createTelegramFileDownloader', () => {
  let api: FakeTelegramApi;

  beforeEach(async () => {
    api = await FakeTelegramApi.start();
    api.serveFile('f1', '{"resourceType":"Bundle"}');
  });

  afterEach(async () => {
    await api.close();
  });

  const botApi = () =>
    createTelegramBot({
      token: TOKEN,
      apiRoot: api.apiRoot,
      logger: createJsonLogger({ service: 'test', write: () => undefined }),
      sleep: () => Promise.resolve(),
    }).api;

  describe('when the file is within the limit', () => {
    it('returns its bytes', async () => {
      const download = createTelegramFileDownloader({ token: TOKEN, apiRoot: api.apiRoot });

      const result = await download(botApi(), 'f1', 1000);

      expect(result.kind === 'ok' && Buffer.from(result.bytes).toString('utf8')).toBe(
        '{"resourceType":"Bundle"}',
      );
    });
  });

  describe('when getFile reports a size over the limit', () => {
    it('refuses without downloading', async () => {
      const download = createTelegramFileDownloader({ token: TOKEN, apiRoot: api.apiRoot });

      expect(await download(botApi(), 'f1', 10)).toEqual({ kind: 'tooLarge' });
      expect(api.downloads.get('f1')).toBeUndefined();
    });
  });

  describe('when the file host answers 500', () => {
    it('throws TelegramApiError for downloadFile', async () => {
      const download = createTelegramFileDownloader({
        token: TOKEN,
        apiRoot: api.apiRoot,
        fetch: () => Promise.resolve(new Response('', { status: 500, statusText: 'Oops' })),
      });

      await expect(download(botApi(), 'f1', 1000)).rejects.toThrow(
        new TelegramApiError({
          method: 'downloadFile',
          errorCode: 500,
          description: 'Oops',
          retryAfterSeconds: null,
        }),
      );
    });
  });

  describe('when the file host cannot be reached', () => {
    it('throws TelegramUnreachableError whose message holds no token', async () => {
      const download = createTelegramFileDownloader({
        token: TOKEN,
        apiRoot: api.apiRoot,
        fetch: () => Promise.reject(new TypeError('fetch failed')),
      });

      const error: unknown = await download(botApi(), 'f1', 1000).catch((e: unknown) => e);

      expect(error).toBeInstanceOf(TelegramUnreachableError);
      expect((error as Error).message).toBe('telegram unreachable during downloadFile');
    });
  });
});
