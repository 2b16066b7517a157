/** Values shorter than this are not treated as secrets: replacing them would garble logs. */
const MIN_SECRET_LENGTH = 6;

const REDACTED = '[redacted]';

/**
 * The secret values (bot token, webhook secret, API keys) that must never reach a log line.
 * The composition root adds each secret as soon as it is known; the logger applies the list to
 * every line it writes, so a token inside an error message or a URL is replaced too.
 */
export class RedactionList {
  private readonly values = new Set<string>();

  /** Adds a secret value; values under 6 characters are ignored (too short to redact safely). */
  add(value: string | null | undefined): void {
    if (value !== null && value !== undefined && value.length >= MIN_SECRET_LENGTH) {
      this.values.add(value);
    }
  }

  /** Returns `text` with every known secret, and its URL-encoded form, replaced by `[redacted]`. */
  apply(text: string): string {
    let result = text;
    for (const value of this.values) {
      result = result.split(value).join(REDACTED);
      const encoded = encodeURIComponent(value);
      if (encoded !== value) result = result.split(encoded).join(REDACTED);
    }
    return result;
  }
}
