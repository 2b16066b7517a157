/** The part of a fetch init grammY passes: the abort signal is grammY's polyfill object. */
interface GrammyFetchInit {
  readonly signal?: {
    readonly aborted: boolean;
    addEventListener(type: 'abort', listener: () => void): void;
  } | null;
  readonly [key: string]: unknown;
}

/**
 * A `fetch` for grammY that calls Node's own fetch with a native abort signal bridged from
 * grammY's. Why: grammY's Node build uses node-fetch, which recognises a signal by its class
 * name being `AbortSignal`; a bundler that renames classes (esbuild turns it into
 * `AbortSignal2`) makes every Bot API call fail with "Expected signal to be an instanceof
 * AbortSignal". A streamed body (grammY's multipart upload of an InputFile) also needs
 * `duplex: 'half'`, which Node's fetch demands for any streamed request body.
 */
export function nativeFetchBridge(
  url: string | URL,
  init: GrammyFetchInit = {},
): Promise<Response> {
  const controller = new AbortController();
  const source = init.signal;
  if (source?.aborted === true) controller.abort();
  else source?.addEventListener('abort', () => controller.abort());
  const streamed = init.body !== undefined && init.body !== null && typeof init.body !== 'string';
  return fetch(url, {
    ...(init as RequestInit),
    ...(streamed ? { duplex: 'half' } : {}),
    signal: controller.signal,
  });
}
