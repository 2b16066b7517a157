import type { Api } from 'grammy';
import { TelegramApiError, TelegramUnreachableError } from './telegram-errors';

/** What a download produced: the bytes, or a refusal because the file is over the limit. */
export type FileDownload =
  { readonly kind: 'ok'; readonly bytes: Uint8Array } | { readonly kind: 'tooLarge' };

/** Downloads a file a user sent, by its `file_id`, refusing anything over `maxBytes`. */
export type TelegramFileDownloader = (
  api: Api,
  fileId: string,
  maxBytes: number,
) => Promise<FileDownload>;

/** Settings of {@link createTelegramFileDownloader}. */
export interface TelegramFileDownloaderOptions {
  /** The bot token; part of the download URL, which is therefore never logged. */
  readonly token: string;
  /** Bot API root, the same as the bot's (files live under `<root>/file/bot<token>/`). */
  readonly apiRoot: string;
  /** HTTP client. Default: Node's global `fetch`. */
  readonly fetch?: typeof fetch;
}

/**
 * Downloads through the Bot API: `getFile` for the path and size, then the file URL under the
 * configured API root. The size is checked from `getFile` and again while reading, so a file
 * that lies about its size is still cut off at `maxBytes`.
 *
 * @throws TelegramApiError when `getFile` fails or the download answers non-2xx;
 *   TelegramUnreachableError when the file host cannot be reached.
 */
export function createTelegramFileDownloader(
  options: TelegramFileDownloaderOptions,
): TelegramFileDownloader {
  const fetchFile = options.fetch ?? fetch;
  return async (api, fileId, maxBytes) => {
    const file = await api.getFile(fileId);
    if ((file.file_size ?? 0) > maxBytes) return { kind: 'tooLarge' };
    if (file.file_path === undefined) {
      throw new TelegramApiError({
        method: 'getFile',
        errorCode: 400,
        description: 'file has no path (larger than the Bot API serves)',
        retryAfterSeconds: null,
      });
    }
    const url = `${options.apiRoot}/file/bot${options.token}/${file.file_path}`;
    let response: Response;
    try {
      response = await fetchFile(url);
    } catch (error) {
      throw new TelegramUnreachableError('downloadFile', error);
    }
    if (!response.ok) {
      throw new TelegramApiError({
        method: 'downloadFile',
        errorCode: response.status,
        description: response.statusText,
        retryAfterSeconds: null,
      });
    }
    return readLimited(response, maxBytes);
  };
}

async function readLimited(response: Response, maxBytes: number): Promise<FileDownload> {
  if (response.body === null) return { kind: 'ok', bytes: new Uint8Array() };
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { kind: 'tooLarge' };
    }
    chunks.push(read.value);
  }
  return { kind: 'ok', bytes: Buffer.concat(chunks) };
}
