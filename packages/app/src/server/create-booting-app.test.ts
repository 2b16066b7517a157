import express from 'express';
import { createBootingApp } from './create-booting-app';
import { listenHttp, type RunningHttpServer } from './http-server';

describe('createBootingApp', () => {
  let server: RunningHttpServer;

  beforeAll(async () => {
    server = await listenHttp(createBootingApp(), { host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server.close(100);
  });

  describe('when the service is still booting', () => {
    it('answers /health 200 and every other request 503 with Retry-After', async () => {
      const health = await fetch(`${server.url}/health`);
      const webhook = await fetch(`${server.url}/webhook`, { method: 'POST', body: '{}' });

      expect(health.status).toBe(200);
      expect({
        status: webhook.status,
        retryAfter: webhook.headers.get('retry-after'),
        body: await webhook.json(),
      }).toEqual({ status: 503, retryAfter: '5', body: { error: 'starting up, retry shortly' } });
    });
  });

  describe('when the full app is swapped in', () => {
    it('serves later requests with it on the same port', async () => {
      const full = express();
      full.get('/ready', (_request, response) => {
        response.json({ ready: true });
      });
      server.serve(full);

      const response = await fetch(`${server.url}/ready`, { headers: { connection: 'close' } });

      expect(await response.json()).toEqual({ ready: true });
    });
  });
});
