import type { IncomingMessage } from 'node:http';

/** A file a Bot API call uploaded as multipart form data. */
export interface UploadedFile {
  readonly fileName: string;
  /** The file's bytes read as UTF-8 (the app uploads JSON and ICS text). */
  readonly text: string;
}

/**
 * Reads a Bot API call body the way Telegram accepts them: JSON, or multipart form data (what
 * grammY sends when a call carries an InputFile). Multipart text fields that hold JSON are
 * parsed; uploaded files become {@link UploadedFile}s under their field name.
 */
export async function readBotApiPayload(
  request: IncomingMessage,
): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const contentType = request.headers['content-type'] ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    return readMultipart(body, contentType);
  }
  const text = body.toString('utf8');
  if (text === '') return {};
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

/**
 * A small multipart reader for what grammY writes (its headers are lowercase without spaces and
 * its file names unquoted, which stricter parsers refuse). A field `attach://<id>` is replaced by
 * the file part named `<id>`.
 */
function readMultipart(body: Buffer, contentType: string): Record<string, unknown> {
  const boundary = /boundary=(\S+)/.exec(contentType)?.[1] ?? '';
  const fields: Record<string, unknown> = {};
  const files = new Map<string, UploadedFile>();
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const content = Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1');
    const name = /name="([^"]+)"/.exec(headers)?.[1] ?? '';
    const fileName = /filename="?([^";\r\n]+)"?/.exec(headers)?.[1];
    if (fileName === undefined) fields[name] = parseField(content.toString('utf8'));
    else files.set(name, { fileName, text: content.toString('utf8') });
  }
  for (const [name, value] of Object.entries(fields)) {
    const attached = typeof value === 'string' ? /^attach:\/\/(.+)$/.exec(value)?.[1] : undefined;
    if (attached !== undefined) fields[name] = files.get(attached);
  }
  return fields;
}

function parseField(value: string): unknown {
  if (!/^[[{]/.test(value)) return /^-?\d+$/.test(value) ? Number(value) : value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    // A text field that merely starts with a bracket is kept as text.
    if (error instanceof SyntaxError) return value;
    throw error;
  }
}
