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
 * AbortSignal". Bodies are JSON strings (the adapter uploads no files).
 */
export function nativeFetchBridge(
  url: string | URL,
  init: GrammyFetchInit = {},
): Promise<Response> {
  const controller = new AbortController();
  const source = init.signal;
  if (source?.aborted === true) controller.abort();
  else source?.addEventListener('abort', () => controller.abort());
  return fetch(url, { ...(init as RequestInit), signal: controller.signal });
}
