import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { constantTimeEquals } from './constant-time-equals';

/** Header Telegram sends with the `secret_token` given to `setWebhook`. */
export const WEBHOOK_SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * Refuses a webhook call whose secret header is missing or wrong with 401, before the body is
 * read, so a stranger's request stores and costs nothing.
 */
export function requireWebhookSecret(secret: string): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    const presented = request.get(WEBHOOK_SECRET_HEADER);
    if (presented === undefined || !constantTimeEquals(presented, secret)) {
      response
        .status(401)
        .json({ error: 'missing or wrong X-Telegram-Bot-Api-Secret-Token header' });
      return;
    }
    next();
  };
}

/**
 * Requires `Authorization: Bearer <key>` (compared in constant time) when `key` is set, else
 * 401 with `WWW-Authenticate: Bearer`. With `key` null (embedded mode, loopback only) every
 * request passes.
 */
export function requireBearerKey(key: string | null): RequestHandler {
  return (request: Request, response: Response, next: NextFunction): void => {
    if (key === null) {
      next();
      return;
    }
    const match = /^Bearer (.+)$/.exec(request.get('authorization') ?? '');
    if (match?.[1] === undefined || !constantTimeEquals(match[1], key)) {
      response
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: 'missing or wrong Authorization: Bearer key' });
      return;
    }
    next();
  };
}

/** Answers 503 while the app is shutting down, so a load balancer retries elsewhere. */
export function refuseWhileDraining(isDraining: () => boolean): RequestHandler {
  return (_request: Request, response: Response, next: NextFunction): void => {
    if (isDraining()) {
      response.status(503).set('Retry-After', '5').json({ error: 'shutting down, retry shortly' });
      return;
    }
    next();
  };
}
