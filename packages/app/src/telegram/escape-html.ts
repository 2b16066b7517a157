/**
 * Escapes plain text for Telegram's HTML parse mode: `&`, `<`, `>` and `"` become entities,
 * which is all the Bot API requires. Everything the model writes passes through this, so a
 * reply can never inject markup.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
