/**
 * Thrown by `registerTelegramWebhook` when the webhook cannot be set: a stack output or secret
 * is missing, or Telegram refused. The message says what to do and never contains the token.
 */
export class WebhookSetupError extends Error {
  /**
   * @param message - What went wrong and how to fix it.
   * @param options - The underlying error, if any.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WebhookSetupError';
  }
}
