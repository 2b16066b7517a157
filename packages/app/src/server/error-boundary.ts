import type { NextFunction, Request, Response } from 'express';
import type { Logger } from '../logging/logger';

interface BodyParserError {
  readonly type: string;
  readonly limit?: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string'
  );
}

/**
 * The one error boundary of every request: body-parser failures become 413 (too large) or 400
 * (malformed JSON) with a clear message and no log line (the client's mistake); anything else
 * is logged once as `request failed` and answered 500 without details.
 */
export function errorBoundary(logger: Logger) {
  return (error: unknown, request: Request, response: Response, _next: NextFunction): void => {
    if (isBodyParserError(error) && error.type === 'entity.too.large') {
      response
        .status(413)
        .json({ error: `request body is larger than the ${error.limit ?? 0}-byte limit` });
      return;
    }
    if (isBodyParserError(error) && error.type === 'entity.parse.failed') {
      response.status(400).json({ error: 'request body is not valid JSON' });
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
