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

async function readMultipart(body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const payload: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    payload[name] =
      typeof value === 'string'
        ? parseField(value)
        : { fileName: value.name, text: await value.text() };
  }
  return payload;
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
