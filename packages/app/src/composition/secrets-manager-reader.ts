import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretReader } from '../config/runtime-secrets';

/**
 * Reads secret strings from Secrets Manager with the given client. The value is trimmed (a
 * pasted trailing newline would break the token).
 *
 * @throws Error naming the secret id (never the value) when it is missing or not a string.
 */
export function createSecretsManagerReader(client: SecretsManagerClient): SecretReader {
  return {
    readSecret: async (secretId: string): Promise<string> => {
      const output = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      const value = output.SecretString?.trim();
      if (value === undefined || value === '') {
        throw new Error(`secret ${secretId} has no string value; store it as plain text`);
      }
      return value;
    },
  };
}
