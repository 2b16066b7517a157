import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { startFakeSecretsManager, type FakeSecretsManager } from '../testing/fake-secrets-manager';
import { createSecretsManagerReader } from './secrets-manager-reader';

describe('createSecretsManagerReader', () => {
  let fake: FakeSecretsManager;
  let client: SecretsManagerClient;

  beforeAll(async () => {
    fake = await startFakeSecretsManager({ 'tg-token': '  123:abc-token\n', empty: '' });
    client = new SecretsManagerClient({
      region: 'eu-west-1',
      endpoint: fake.url,
      credentials: { accessKeyId: 'fake', secretAccessKey: 'fake' },
      maxAttempts: 1,
    });
  });

  afterAll(async () => {
    client.destroy();
    await fake.close();
  });

  describe('when the secret holds a string', () => {
    it('returns it trimmed', async () => {
      expect(await createSecretsManagerReader(client).readSecret('tg-token')).toBe('123:abc-token');
      expect(fake.asked).toContain('tg-token');
    });
  });

  describe('when the secret is empty', () => {
    it('throws naming the id, not a value', async () => {
      await expect(createSecretsManagerReader(client).readSecret('empty')).rejects.toThrow(
        new Error('secret empty has no string value; store it as plain text'),
      );
    });
  });

  describe('when the secret does not exist', () => {
    it('passes the service error on', async () => {
      await expect(createSecretsManagerReader(client).readSecret('missing')).rejects.toThrow(
        'Secrets Manager cannot find it.',
      );
    });
  });
});
