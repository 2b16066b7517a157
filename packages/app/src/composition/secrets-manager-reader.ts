import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { SecretReader } from '../config/runtime-secrets';

/**
 * Reads secret strings from Secrets Manager with the given client. The value is trimmed (a
 * pasted trailing newline would break the token).
 */
export function createSecretsManagerReader(client: SecretsManagerClient): SecretReader {
  const readIfSet = async (secretId: string): Promise<string | null> => {
    try {
      const output = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      const value = output.SecretString?.trim();
      return value === undefined || value === '' ? null : value;
    } catch (error) {
      // A secret created without a value has no AWSCURRENT version yet, and Secrets Manager
      // answers that with ResourceNotFoundException, the same as for an unknown id.
      if (error instanceof ResourceNotFoundException) return null;
      throw error;
    }
  };
  return {
    readSecretIfSet: readIfSet,
    readSecret: async (secretId: string): Promise<string> => {
      const value = await readIfSet(secretId);
      if (value === null) {
        throw new Error(
          `secret ${secretId} is missing or has no value; store the value as plain text`,
        );
      }
      return value;
    },
  };
}
