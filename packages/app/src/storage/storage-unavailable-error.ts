import { AppError } from '../app-error';

/**
 * DynamoDB or S3 could not serve a request right now: throttled, unavailable, unreachable or
 * timed out (after the SDK's own retries). The caller may retry later; nothing was decided.
 */
export class StorageUnavailableError extends AppError {
  /** The store operation that failed, such as `identities.resolveUser`. */
  readonly operation: string;

  /**
   * @param operation - The store operation that failed.
   * @param cause - The SDK or network error.
   */
  constructor(operation: string, cause: unknown) {
    super(`storage unavailable during ${operation}`, { cause });
    this.operation = operation;
  }
}
