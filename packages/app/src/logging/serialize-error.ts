/** How many causes deep an error chain is written before it is cut. */
const MAX_CAUSE_DEPTH = 5;

/** An error as written in a log line. */
export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly code?: string | number;
  readonly stack?: string;
  readonly cause?: SerializedError | string;
}

/**
 * Turns a thrown value into plain JSON with its `cause` chain (at most 5 levels deep). Typed
 * fields a caller needs to tell errors apart (`code`, `errorCode`) are kept; other properties
 * are dropped because they may carry payloads (a grammY error keeps the request payload, which
 * holds the message text).
 */
export function serializeError(value: unknown, depth = 0): SerializedError | string {
  if (!(value instanceof Error)) return typeof value === 'string' ? value : describe(value);
  const code = readCode(value);
  return {
    name: value.name,
    message: value.message,
    ...(code === undefined ? {} : { code }),
    ...(value.stack === undefined ? {} : { stack: value.stack }),
    ...(causeOf(value) === undefined || depth >= MAX_CAUSE_DEPTH
      ? {}
      : { cause: serializeError(causeOf(value), depth + 1) }),
  };
}

/** The standard `cause`, or the `error` field where a library keeps it (grammY's HttpError). */
function causeOf(error: Error): unknown {
  if (error.cause !== undefined) return error.cause;
  return 'error' in error && error.error instanceof Error ? error.error : undefined;
}

function readCode(error: Error): string | number | undefined {
  const candidate: unknown =
    'code' in error ? error.code : 'errorCode' in error ? error.errorCode : undefined;
  return typeof candidate === 'string' || typeof candidate === 'number' ? candidate : undefined;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  return `non-error value of type ${typeof value}`;
}
