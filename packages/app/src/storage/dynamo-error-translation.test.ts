import { createServer } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoProfileStore } from './dynamo-profile-store';
import {
  isConditionalCheckFailed,
  isStorageUnavailable,
  translateStorageError,
} from './dynamo-error-translation';
import { StorageUnavailableError } from './storage-unavailable-error';

function sdkError(name: string): Error {
  const error = new Error('service said no');
  error.name = name;
  return error;
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') {
    throw new Error('no port');
  }
  return address.port;
}

describe('translateStorageError', () => {
  describe('when DynamoDB throttles', () => {
    it('throws StorageUnavailableError with the operation and the cause', () => {
      const cause = sdkError('ProvisionedThroughputExceededException');

      let thrown: unknown;
      try {
        translateStorageError('users.get', cause);
      } catch (error) {
        thrown = error;
      }

      expect(thrown).toBeInstanceOf(StorageUnavailableError);
      expect(thrown).toMatchObject({
        name: 'StorageUnavailableError',
        message: 'storage unavailable during users.get',
        operation: 'users.get',
        cause,
      });
    });
  });

  describe('when the service answers 5xx or the socket fails', () => {
    it('counts it as unavailable', () => {
      const serverError = Object.assign(sdkError('UnknownError'), {
        $metadata: { httpStatusCode: 503 },
      });
      const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      const wrapped = new Error(
        'AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9',
      );

      expect([serverError, reset, wrapped].map(isStorageUnavailable)).toEqual([true, true, true]);
    });
  });

  describe('when the request itself is wrong', () => {
    it('rethrows the original error', () => {
      const cause = sdkError('ValidationException');

      expect(() => translateStorageError('users.get', cause)).toThrow(cause);
      expect(isStorageUnavailable(cause)).toBe(false);
    });
  });

  describe('when a condition failed', () => {
    it('recognises it', () => {
      expect(isConditionalCheckFailed(sdkError('ConditionalCheckFailedException'))).toBe(true);
      expect(isConditionalCheckFailed(sdkError('ValidationException'))).toBe(false);
      expect(isConditionalCheckFailed('ConditionalCheckFailedException')).toBe(false);
    });
  });

  describe('when the endpoint cannot be reached', () => {
    it('makes a store throw StorageUnavailableError', async () => {
      const port = await closedPort();
      const base = new DynamoDBClient({
        endpoint: `http://127.0.0.1:${port}`,
        region: 'us-east-1',
        credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
        maxAttempts: 1,
      });
      const store = new DynamoProfileStore({
        client: DynamoDBDocumentClient.from(base),
        tableNames: { users: 'users' },
      });

      const attempt = store.get('u1');

      await expect(attempt).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(attempt).rejects.toThrow(/^storage unavailable during users\.get$/);
      base.destroy();
    });
  });
});
