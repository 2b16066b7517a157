import { StorageUnavailableError } from './storage-unavailable-error';

// Service answers that mean "try again later", from DynamoDB and S3.
const UNAVAILABLE_NAMES: ReadonlySet<string> = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'LimitExceededException',
  'InternalServerError',
  'InternalError',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'SlowDown',
  'TimeoutError',
  'RequestTimeout',
]);

// Socket-level failures: the endpoint cannot be reached at all.
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);

function readStringField(error: unknown, field: string): string | undefined {
  if (typeof error !== 'object' || error === null || !(field in error)) {
    return undefined;
  }
  const value: unknown = Reflect.get(error, field);
  return typeof value === 'string' ? value : undefined;
}

/**
 * Whether an SDK error is DynamoDB's answer to a failed condition expression. Only the store
 * adapters read this; everything above them sees values or our errors.
 */
export function isConditionalCheckFailed(error: unknown): boolean {
  return readStringField(error, 'name') === 'ConditionalCheckFailedException';
}

// The SDK re-wraps a socket error it does not recognise as an Error (one from another realm,
// as under jest) into "AWS SDK error wrapper for Error: connect ECONNREFUSED ...", dropping
// `code`; the code then survives only in the message.
const NETWORK_CODE_IN_MESSAGE = new RegExp(`\\b(${[...NETWORK_CODES].join('|')})\\b`);

function readStatusCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('$metadata' in error)) {
    return undefined;
  }
  const metadata: unknown = error.$metadata;
  if (typeof metadata !== 'object' || metadata === null || !('httpStatusCode' in metadata)) {
    return undefined;
  }
  return typeof metadata.httpStatusCode === 'number' ? metadata.httpStatusCode : undefined;
}

/**
 * Whether an SDK or network error means the store is throttled, down or unreachable: a
 * throttling or server-side error name, any 5xx answer, or a socket failure.
 */
export function isStorageUnavailable(error: unknown): boolean {
  const name = readStringField(error, 'name');
  const code = readStringField(error, 'code');
  const message = readStringField(error, 'message') ?? '';
  const status = readStatusCode(error);
  return (
    (name !== undefined && UNAVAILABLE_NAMES.has(name)) ||
    (code !== undefined && NETWORK_CODES.has(code)) ||
    (status !== undefined && status >= 500) ||
    NETWORK_CODE_IN_MESSAGE.test(message)
  );
}

/**
 * Rethrows an SDK failure in our terms: throttling, unavailability and network failures
 * become {@link StorageUnavailableError}; anything else (a bad request, a missing table) is a
 * bug or a misconfiguration and is rethrown unchanged.
 *
 * @param operation - The store operation, kept on the error for logs.
 * @param error - What the SDK threw.
 * @throws StorageUnavailableError or the original error, always.
 */
export function translateStorageError(operation: string, error: unknown): never {
  if (isStorageUnavailable(error)) {
    throw new StorageUnavailableError(operation, error);
  }
  throw error;
}
