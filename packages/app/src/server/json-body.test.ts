import { gzipSync } from 'node:zlib';
import express, { type Request, type Response } from 'express';
import { createJsonLogger } from '../logging/json-logger';
import { errorBoundary } from './error-boundary';
import { listenHttp, type RunningHttpServer } from './http-server';
import { jsonBody } from './json-body';

describe('jsonBody with the error boundary', () => {
  let server: RunningHttpServer;
  let logged: string[];

  beforeAll(async () => {
    logged = [];
    const app = express();
    app.post('/echo', jsonBody(1024), (request: Request, response: Response): void => {
      response.status(200).json({ body: request.body as unknown });
    });
    app.use(errorBoundary(createJsonLogger({ service: 'test', write: (l) => logged.push(l) })));
    server = await listenHttp(app, { host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await server.close(100);
  });

  async function post(
    headers: Record<string, string>,
    body: string | Uint8Array,
  ): Promise<{ status: number; body: unknown }> {
    const response: globalThis.Response = await fetch(`${server.url}/echo`, {
      method: 'POST',
      headers,
      body,
    });
    return { status: response.status, body: await response.json() };
  }

  const json = { 'content-type': 'application/json' };

  describe('when the body is a JSON object', () => {
    it('passes it on, plain or gzipped', async () => {
      expect(await post(json, '{"a":1}')).toEqual({ status: 200, body: { body: { a: 1 } } });
      expect(await post({ ...json, 'content-encoding': 'gzip' }, gzipSync('{"a":2}'))).toEqual({
        status: 200,
        body: { body: { a: 2 } },
      });
    });
  });

  describe('when the request is not JSON the server can read', () => {
    it.each([
      [
        'text/plain',
        { 'content-type': 'text/plain' },
        '{"a":1}',
        415,
        'send JSON with content-type application/json',
      ],
      [
        'a latin1 charset',
        { 'content-type': 'application/json; charset=latin1' },
        '{"a":1}',
        415,
        'charset "latin1" is not supported: send JSON in utf-8 (content-type application/json)',
      ],
      [
        'an unknown encoding',
        { ...json, 'content-encoding': 'zip' },
        '{"a":1}',
        415,
        'content-encoding "zip" is not supported: send gzip, deflate, br or none',
      ],
      [
        'a broken gzip body',
        { ...json, 'content-encoding': 'gzip' },
        'plain text',
        400,
        'request body could not be decompressed: it does not match its content-encoding',
      ],
      ['null', json, 'null', 400, 'request body must be a JSON object, got null'],
      ['an array', json, '[1]', 400, 'request body must be a JSON object, got an array'],
      ['bad JSON', json, '{"a":', 400, 'request body is not valid JSON'],
      [
        'a body over the limit',
        json,
        JSON.stringify({ a: 'x'.repeat(2000) }),
        413,
        'request body is larger than the 1024-byte limit',
      ],
    ])(
      'answers %s with its status and a clear JSON error',
      async (_name, headers, body, status, error) => {
        expect(await post(headers, body)).toEqual({ status, body: { error } });
      },
    );

    it('logs none of them (they are the client’s mistakes)', () => {
      expect(logged).toEqual([]);
    });
  });
});
