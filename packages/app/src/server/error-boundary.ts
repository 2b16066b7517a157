import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/logger';
import { ChatTurnsFullError } from './chat-turn-lanes';

/** What the body parser (http-errors) attaches to the errors it raises. */
interface ClientError {
  readonly status: number;
  readonly expose: true;
  readonly message: string;
  readonly type?: string;
  readonly limit?: number;
  readonly charset?: string;
  readonly encoding?: string;
}

function isClientError(error: unknown): error is ClientError {
  return (
    error instanceof Error &&
    'status' in error &&
    typeof error.status === 'number' &&
    error.status >= 400 &&
    error.status < 500 &&
    'expose' in error &&
    error.expose === true
  );
}

/** The clear message for a client error the body parser raised. */
function clientMessage(error: ClientError): string {
  switch (error.type) {
    case 'entity.too.large':
      return `request body is larger than the ${error.limit ?? 0}-byte limit`;
    case 'entity.parse.failed':
      return 'request body is not valid JSON';
    case 'charset.unsupported':
      return `charset "${error.charset ?? ''}" is not supported: send JSON in utf-8 (content-type application/json)`;
    case 'encoding.unsupported':
      return `content-encoding "${error.encoding ?? ''}" is not supported: send gzip, deflate, br or none`;
    case 'request.aborted':
      return 'the request was aborted before its body arrived';
    default:
      // zlib's failures (a body that is not the gzip/deflate/br it claims to be) carry no type.
      return 'code' in error && typeof error.code === 'string' && error.code.startsWith('Z_')
        ? 'request body could not be decompressed: it does not match its content-encoding'
        : `bad request: ${error.message}`;
  }
}

/**
 * The one error boundary of every request. Client errors the body parser raises get their own
 * 4xx and a clear message with no log line (413 too large, 400 not JSON or not decompressible,
 * 415 charset or content-encoding not supported); too many waiting chat turns get 503 with
 * `Retry-After`; anything else is logged once as `request failed` and answered 500 without
 * details. Every answer is JSON `{error}`.
 */
export function errorBoundary(logger: Logger) {
  return (error: unknown, request: Request, response: Response, _next: NextFunction): void => {
    if (isClientError(error) && !response.headersSent) {
      response.status(error.status).json({ error: clientMessage(error) });
      return;
    }
    if (error instanceof ChatTurnsFullError && !response.headersSent) {
      response.status(503).set('Retry-After', '5').json({ error: error.message });
      return;
    }
    logger.error('request failed', { method: request.method, path: request.path, err: error });
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(500).json({ error: 'internal error' });
  };
}
