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
        new Error('secret empty is missing or has no value; store the value as plain text'),
      );
    });
  });

  describe('when the secret has no value yet', () => {
    it('reads as not set', async () => {
      const reader = createSecretsManagerReader(client);

      expect(await reader.readSecretIfSet('missing')).toBeNull();
      expect(await reader.readSecretIfSet('empty')).toBeNull();
      expect(await reader.readSecretIfSet('tg-token')).toBe('123:abc-token');
    });
  });

  describe('when the secret does not exist', () => {
    it('throws naming the id, not a value', async () => {
      await expect(createSecretsManagerReader(client).readSecret('missing')).rejects.toThrow(
        new Error('secret missing is missing or has no value; store the value as plain text'),
      );
    });
  });
});
