import express, { type Express } from 'express';
import type { UpdateIntake } from '../intake/update-intake';
import type { Logger } from '../logging/logger';
import { chatActionsRoute } from './chat-actions-route';
import { chatRoute, type ChatRouteDeps } from './chat-route';
import { chatStreamingRoute } from './chat-streaming-route';
import { ChatTurnLanes } from './chat-turn-lanes';
import { errorBoundary } from './error-boundary';
import { jsonBody } from './json-body';
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
  /** Per-user lanes of the chat routes. Default: new lanes bounded at 100 turns. */
  readonly chatLanes?: ChatTurnLanes;
}

/**
 * The Express app: `GET /health` (no dependency calls), `POST /webhook`, `POST /chat`,
 * `POST /chat-streaming`, `POST /chat/actions`, JSON 404 for anything else, and one error
 * boundary; every 4xx/5xx body is JSON `{error}`. Bodies must be JSON objects sent as
 * `application/json` (utf-8), at most 1 MB ({@link MAX_BODY_BYTES}). The chat routes run one
 * turn at a time per user, as Telegram updates run one at a time per chat.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  const json = jsonBody(MAX_BODY_BYTES);
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
  const chat = { ...options.chat, lanes: options.chatLanes ?? new ChatTurnLanes() };
  app.post('/chat', chatAuth, draining, json, chatRoute(chat));
  app.post('/chat-streaming', chatAuth, draining, json, chatStreamingRoute(chat, options.logger));
  app.post('/chat/actions', chatAuth, draining, json, chatActionsRoute(chat));

  app.use((_request, response) => {
    response.status(404).json({ error: 'not found' });
  });
  app.use(errorBoundary(options.logger));
  return app;
}
