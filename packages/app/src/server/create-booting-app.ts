import express, { type Express } from 'express';

/**
 * The app served while the service boots (secrets, storage): `GET /health` answers 200 at once
 * so the load balancer and container checks see a live process, and every other request gets
 * 503 with `Retry-After`, which makes Telegram redeliver the update later.
 */
export function createBootingApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_request, response) => {
    response.status(200).json({ status: 'ok' });
  });
  app.use((_request, response) => {
    response.status(503).set('Retry-After', '5').json({ error: 'starting up, retry shortly' });
  });
  return app;
}
