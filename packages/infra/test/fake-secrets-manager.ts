import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Bot-token-shaped value the fake returns for ids that mention Telegram. */
export const FAKE_BOT_TOKEN = '123456789:AAFakeBootTestTokenFakeBootTestToken';
/** Value the fake returns for every other id: letters and digits, as the generated secrets. */
export const FAKE_SECRET_VALUE = 'BootTestSecretValue0123456789abcdefBootTestSecretValue012345678';

/** A fake Secrets Manager on 127.0.0.1 that answers GetSecretValue for any id. */
export interface FakeSecretsManager {
  readonly endpoint: string;
  readonly requestedIds: string[];
  close(): Promise<void>;
}

/**
 * Starts the fake on a random port.
 *
 * @returns The running fake.
 */
export async function startFakeSecretsManager(): Promise<FakeSecretsManager> {
  const requestedIds: string[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const { SecretId: id = '' } = JSON.parse(body || '{}') as { SecretId?: string };
      requestedIds.push(id);
      const value = id.includes('telegram') ? FAKE_BOT_TOKEN : FAKE_SECRET_VALUE;
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(JSON.stringify({ ARN: id, Name: id, SecretString: value, VersionId: 'v1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requestedIds,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
