import express, { type Express } from 'express';
import type { UpdateIntake } from '../intake/update-intake';
import type { Logger } from '../logging/logger';
import { chatRoute, type ChatRouteDeps } from './chat-route';
import { chatStreamingRoute } from './chat-streaming-route';
import { errorBoundary } from './error-boundary';
import { refuseWhileDraining, requireBearerKey, requireWebhookSecret } from './request-guards';
import { webhookRoute } from './webhook-route';

/** Largest request body accepted, in bytes (Telegram updates are a few KB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What {@link createHttpApp} serves. */
export interface HttpAppOptions {
  readonly logger: Logger;
  /** Null when Telegram is not configured: `/webhook` answers 503. */
  readonly webhook: { readonly secret: string; readonly intake: UpdateIntake } | null;
  /** The chat routes, plus their bearer key (null leaves them open: embedded, loopback only). */
  readonly chat: ChatRouteDeps & { readonly apiKey: string | null };
  /** True once shutdown began: work-taking routes answer 503. */
  readonly isDraining: () => boolean;
}

/**
 * The Express app: `GET /health` (no dependency calls), `POST /webhook`, `POST /chat`,
 * `POST /chat-streaming`, JSON 404 for anything else, and one error boundary. Bodies are
 * limited to 1 MB ({@link MAX_BODY_BYTES}).
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  const json = express.json({ limit: MAX_BODY_BYTES });
  const draining = refuseWhileDraining(options.isDraining);

  app.get('/health', (_request, response) => {
    response.status(200).json({ status: 'ok' });
  });

  if (options.webhook === null) {
    app.post('/webhook', (_request, response) => {
      response.status(503).json({ error: 'Telegram is not configured: set TELEGRAM_BOT_TOKEN' });
    });
  } else {
    app.post(
      '/webhook',
      requireWebhookSecret(options.webhook.secret),
      draining,
      json,
      webhookRoute(options.webhook.intake, options.logger),
    );
  }

  const chatAuth = requireBearerKey(options.chat.apiKey);
  app.post('/chat', chatAuth, draining, json, chatRoute(options.chat));
  app.post(
    '/chat-streaming',
    chatAuth,
    draining,
    json,
    chatStreamingRoute(options.chat, options.logger),
  );

  app.use((_request, response) => {
    response.status(404).json({ error: 'not found' });
  });
  app.use(errorBoundary(options.logger));
  return app;
}
