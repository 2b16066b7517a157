import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

/**
 * The body parsing of every work-taking route, in order:
 * 1. 415 `send JSON with content-type application/json` when the content type is not JSON
 *    (a missing header included), before the body is read;
 * 2. Express's JSON parser (utf-8 only, gzip/deflate/br accepted, at most `limitBytes`); its
 *    failures (bad JSON, other charsets, broken compression, too large) reach the error boundary,
 *    which answers each with its own 4xx and message;
 * 3. 400 `request body must be a JSON object, got <kind>` for valid JSON that is not an object
 *    (`null`, arrays, strings, numbers).
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  return [
    requireJsonContentType,
    express.json({ limit: limitBytes, strict: false }),
    requireObject,
  ];
}

function requireJsonContentType(request: Request, response: Response, next: NextFunction): void {
  if (request.is('application/json') === false || request.get('content-type') === undefined) {
    response.status(415).json({ error: 'send JSON with content-type application/json' });
    return;
  }
  next();
}

function requireObject(request: Request, response: Response, next: NextFunction): void {
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    response
      .status(400)
      .json({ error: `request body must be a JSON object, got ${jsonKind(body)}` });
    return;
  }
  next();
}

function jsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'an empty body';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
