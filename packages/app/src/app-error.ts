/**
 * Base of the app's error family. Callers tell failures apart by subclass (storage
 * unavailable, Telegram API error, Telegram unreachable, ...), never by message text.
 */
export class AppError extends Error {
  /**
   * @param message - What failed, without health data, message text or tokens.
   * @param options - `cause` keeps the underlying error for the log's cause chain.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
