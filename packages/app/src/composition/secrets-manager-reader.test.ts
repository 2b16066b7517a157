import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createSecretsManagerReader } from './secrets-manager-reader';

describe('createSecretsManagerReader', () => {
  let server: Server;
  let client: SecretsManagerClient;
  const asked: string[] = [];
  const values: Record<string, string> = { 'tg-token': '  123:abc-token\n', empty: '' };

  beforeAll(async () => {
    // A fake Secrets Manager: the JSON protocol's GetSecretValue, nothing else.
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const { SecretId } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          SecretId: string;
        };
        asked.push(SecretId);
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ Name: SecretId, SecretString: values[SecretId] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    client = new SecretsManagerClient({
      region: 'eu-west-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    client.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  describe('when the secret holds a string', () => {
    it('returns it trimmed', async () => {
      expect(await createSecretsManagerReader(client).readSecret('tg-token')).toBe('123:abc-token');
      expect(asked).toContain('tg-token');
    });
  });

  describe('when the secret is empty', () => {
    it('throws naming the id, not a value', async () => {
      await expect(createSecretsManagerReader(client).readSecret('empty')).rejects.toThrow(
        new Error('secret empty has no string value; store it as plain text'),
      );
    });
  });
});
