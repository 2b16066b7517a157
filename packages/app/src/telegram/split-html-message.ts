/** Telegram's maximum message length. The split measures the HTML itself, which is never shorter. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;

type Token =
  | { readonly kind: 'open'; readonly name: string; readonly raw: string }
  | { readonly kind: 'close'; readonly name: string; readonly raw: string }
  | { readonly kind: 'atom'; readonly raw: string; readonly breakRank: number };

interface Cut {
  readonly next: number;
  readonly length: number;
  readonly stack: readonly Token[];
  readonly rank: number;
}

const MARKUP = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^>]*)?>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Splits Telegram HTML into messages of at most `limit` UTF-16 units each. A cut never falls
 * inside a tag, an entity, a surrogate pair or a grapheme cluster (a flag or family emoji).
 * Tags open at a cut are closed at the end of one part and reopened at the start of the next.
 * Cuts prefer a line break, then a space, in the second half of a part.
 *
 * @param html - Well-formed Telegram HTML (escaped text plus Telegram's tags).
 * @param limit - Maximum part length in UTF-16 units. Default 4096.
 * @throws Error when a single tag is longer than the limit (no valid cut exists).
 */
export function splitHtmlMessage(html: string, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  const tokens = tokenize(html);
  const parts: string[] = [];
  let index = 0;
  let stack: readonly Token[] = [];
  while (index < tokens.length) {
    const cut = fillPart(tokens, index, stack, limit);
    parts.push(render(tokens, index, cut, stack));
    index = cut.next;
    stack = cut.stack;
  }
  return parts.filter((part) => part.length > 0);
}

function fillPart(
  tokens: readonly Token[],
  start: number,
  initial: readonly Token[],
  limit: number,
): Cut {
  let length = initial.reduce((sum, tag) => sum + tag.raw.length, 0);
  let stack = initial;
  let best: Cut | null = null;
  let index = start;
  for (; index < tokens.length; index += 1) {
    const token = tokens[index] as Token;
    const nextStack = applyTag(stack, token);
    if (length + token.raw.length + closersLength(nextStack) > limit) break;
    length += token.raw.length;
    stack = nextStack;
    const rank = token.kind === 'atom' ? token.breakRank : 0;
    if (rank > 0 && length > limit / 2 && (best === null || rank >= best.rank)) {
      best = { next: index + 1, length, stack, rank };
    }
  }
  if (index === start) throw new Error(`a tag longer than ${limit} characters cannot be split`);
  if (index === tokens.length || best === null) return { next: index, length, stack, rank: 0 };
  return best;
}

function render(
  tokens: readonly Token[],
  start: number,
  cut: Cut,
  opened: readonly Token[],
): string {
  const body = tokens
    .slice(start, cut.next)
    .map((token) => token.raw)
    .join('');
  const closers = [...cut.stack]
    .reverse()
    .map((tag) => `</${tagName(tag)}>`)
    .join('');
  return opened.map((tag) => tag.raw).join('') + body + closers;
}

function applyTag(stack: readonly Token[], token: Token): readonly Token[] {
  if (token.kind === 'open') return [...stack, token];
  if (
    token.kind === 'close' &&
    stack.length > 0 &&
    tagName(stack[stack.length - 1]) === token.name
  ) {
    return stack.slice(0, -1);
  }
  return stack;
}

function closersLength(stack: readonly Token[]): number {
  return stack.reduce((sum, tag) => sum + tagName(tag).length + 3, 0);
}

function tagName(token: Token | undefined): string {
  return token !== undefined && token.kind !== 'atom' ? token.name : '';
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of html.matchAll(MARKUP)) {
    tokens.push(...textTokens(html.slice(last, match.index)));
    const [raw, slash, name] = match;
    if (name === undefined) tokens.push({ kind: 'atom', raw, breakRank: 0 });
    else tokens.push({ kind: slash === '/' ? 'close' : 'open', name: name.toLowerCase(), raw });
    last = match.index + raw.length;
  }
  tokens.push(...textTokens(html.slice(last)));
  return tokens;
}

function textTokens(text: string): Token[] {
  return Array.from(graphemes.segment(text), ({ segment }) => ({
    kind: 'atom' as const,
    raw: segment,
    breakRank: segment === '\n' ? 2 : /^\s+$/.test(segment) ? 1 : 0,
  }));
}
