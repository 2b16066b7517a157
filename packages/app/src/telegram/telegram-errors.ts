import { AppError } from '../app-error';

/**
 * The Bot API answered a call with an error (`ok: false`). Callers branch on `errorCode`:
 * 403 means the user blocked the bot (stop sending), 429 carries `retryAfterSeconds`, 400 is
 * a bug in what we sent.
 */
export class TelegramApiError extends AppError {
  /** The Bot API method, such as `sendMessage`. */
  readonly method: string;
  /** Telegram's `error_code`, an HTTP-like status. */
  readonly errorCode: number;
  /** Telegram's `description`, such as `Forbidden: bot was blocked by the user`. */
  readonly description: string;
  /** Seconds to wait before retrying, from `parameters.retry_after` (429 only); else null. */
  readonly retryAfterSeconds: number | null;

  /** @param details - The failed call and Telegram's answer. */
  constructor(details: {
    method: string;
    errorCode: number;
    description: string;
    retryAfterSeconds: number | null;
  }) {
    super(`telegram ${details.method} failed with ${details.errorCode}: ${details.description}`);
    this.method = details.method;
    this.errorCode = details.errorCode;
    this.description = details.description;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/**
 * The Bot API could not be reached: connection refused, DNS failure, timeout, or an answer
 * that is not Bot API JSON. Whether the call took effect is unknown.
 */
export class TelegramUnreachableError extends AppError {
  /** The Bot API method that was being called. */
  readonly method: string;

  /**
   * @param method - The Bot API method.
   * @param cause - The network error (its message never holds the token: grammY omits the URL).
   */
  constructor(method: string, cause: unknown) {
    super(`telegram unreachable during ${method}`, { cause });
    this.method = method;
  }
}
