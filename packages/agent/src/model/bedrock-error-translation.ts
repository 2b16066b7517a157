import { z } from 'zod';

import {
  ContextTooLongError,
  ModelRequestRejectedError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../errors/agent-error';

/** Wait suggested after throttling when Bedrock sends no `retry-after` header, in ms. */
export const DEFAULT_THROTTLE_RETRY_AFTER_MS = 2_000;

/** The parts of an SDK or network error we read; everything else stays in `cause`. */
const vendorErrorShape = z.object({
  name: z.string(),
  message: z.string().default(''),
  code: z.string().optional(),
  $fault: z.enum(['client', 'server']).optional(),
  cause: z.unknown().optional(),
  $response: z.object({ headers: z.record(z.string(), z.unknown()).optional() }).optional(),
});

type VendorError = z.infer<typeof vendorErrorShape>;

const THROTTLED_NAMES = new Set(['ThrottlingException', 'ServiceQuotaExceededException']);
const UNAVAILABLE_NAMES = new Set([
  'InternalServerException',
  'ServiceUnavailableException',
  'ModelNotReadyException',
  'ModelTimeoutException',
  'ModelErrorException',
  'ModelStreamErrorException',
  'TimeoutError',
]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);

// Bedrock reports an oversized prompt as a ValidationException; only its wording tells it
// apart from other validation failures, and the wording differs between model providers.
const CONTEXT_TOO_LONG_PATTERN =
  /too long|too many (input )?tokens|context (window|length)|exceeds? the (maximum|max)/i;

function retryAfterMs(error: VendorError): number {
  const header = error.$response?.headers?.['retry-after'];
  const seconds = typeof header === 'string' ? Number(header) : Number.NaN;
  return Number.isFinite(seconds) && seconds >= 0
    ? Math.round(seconds * 1000)
    : DEFAULT_THROTTLE_RETRY_AFTER_MS;
}

const MAX_CAUSE_DEPTH = 5;
// When a socket error comes from another realm (a test VM, a worker), the SDK's retry layer
// cannot recognise it as an Error and wraps only its text; the code then survives only there.
const NETWORK_CODE_IN_TEXT =
  /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|ERR_HTTP2_[A-Z_]+)\b/;

// The SDK wraps socket failures (ECONNREFUSED under an HTTP/2 stream cancel) in plain errors,
// so the code can sit a few causes deep.
function isNetworkFailure(error: VendorError, depth = 0): boolean {
  if (
    error.code !== undefined &&
    (NETWORK_CODES.has(error.code) || error.code.startsWith('ERR_HTTP2'))
  ) {
    return true;
  }
  if (
    error.message.startsWith('AWS SDK error wrapper') &&
    NETWORK_CODE_IN_TEXT.test(error.message)
  ) {
    return true;
  }
  const cause = vendorErrorShape.safeParse(error.cause);
  return depth < MAX_CAUSE_DEPTH && cause.success && isNetworkFailure(cause.data, depth + 1);
}

/**
 * Translates a failure of a Bedrock call into the agent error family: throttling and quota
 * errors become `ModelThrottledError`, an oversized prompt `ContextTooLongError`, other
 * validation and client faults `ModelRequestRejectedError`, server faults and network failures
 * `ModelUnavailableError`. Abort errors and anything unrecognised (our own bugs) are returned
 * unchanged, so callers rethrow them as they are.
 */
export function translateBedrockError(error: unknown): unknown {
  const parsed = vendorErrorShape.safeParse(error);
  if (!parsed.success || parsed.data.name === 'AbortError') {
    return error;
  }
  const vendor = parsed.data;
  if (THROTTLED_NAMES.has(vendor.name)) {
    return new ModelThrottledError(retryAfterMs(vendor), { cause: error });
  }
  if (vendor.name === 'ValidationException' && CONTEXT_TOO_LONG_PATTERN.test(vendor.message)) {
    return new ContextTooLongError({ cause: error });
  }
  if (
    UNAVAILABLE_NAMES.has(vendor.name) ||
    vendor.$fault === 'server' ||
    isNetworkFailure(vendor)
  ) {
    return new ModelUnavailableError({ cause: error });
  }
  if (vendor.$fault === 'client') {
    return new ModelRequestRejectedError({ cause: error });
  }
  return error;
}
