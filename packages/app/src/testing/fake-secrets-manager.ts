import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running {@link startFakeSecretsManager}. */
export interface FakeSecretsManager {
  /** Pass as the client's endpoint (or `AWS_ENDPOINT_URL_SECRETS_MANAGER`). */
  readonly url: string;
  /** Secret ids asked for, in order. */
  readonly asked: readonly string[];
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * A fake AWS Secrets Manager on 127.0.0.1 answering `GetSecretValue` (the JSON protocol) from
 * a fixed map, for tests that boot the app in aws mode. Unknown ids get the real service's
 * `ResourceNotFoundException`.
 */
export async function startFakeSecretsManager(
  secrets: Readonly<Record<string, string>>,
): Promise<FakeSecretsManager> {
  const asked: string[] = [];
  const server = createServer((request, response) => {
    void answer(request, response, secrets, asked);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    asked,
    close: async (): Promise<void> => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function answer(
  request: IncomingMessage,
  response: ServerResponse,
  secrets: Readonly<Record<string, string>>,
  asked: string[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  const id = typeof body === 'object' && body !== null && 'SecretId' in body ? body.SecretId : null;
  const secretId = typeof id === 'string' ? id : '';
  asked.push(secretId);
  const value = secrets[secretId];
  response.writeHead(value === undefined ? 400 : 200, {
    'content-type': 'application/x-amz-json-1.1',
  });
  response.end(
    JSON.stringify(
      value === undefined
        ? { __type: 'ResourceNotFoundException', message: 'Secrets Manager cannot find it.' }
        : { Name: secretId, SecretString: value },
    ),
  );
}
