import { escapeHtml } from './escape-html';
import { splitHtmlMessage, TELEGRAM_MESSAGE_LIMIT } from './split-html-message';

function visibleText(html: string): string {
  return html.replace(/<[^>]+>/g, '');
}

function isBalanced(html: string): boolean {
  const stack: string[] = [];
  for (const [, slash, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (slash === '') stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

function hasLoneSurrogateAtEdge(part: string): boolean {
  const first = part.charCodeAt(0);
  const last = part.charCodeAt(part.length - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

function expectValidSplit(html: string, limit: number): string[] {
  const parts = splitHtmlMessage(html, limit);
  for (const part of parts) {
    expect(part.length).toBeLessThanOrEqual(limit);
    expect(isBalanced(part)).toBe(true);
    expect(hasLoneSurrogateAtEdge(part)).toBe(false);
    expect(part).not.toMatch(/&[#a-zA-Z0-9]*$/);
    expect(part).not.toMatch(/<[^>]*$/);
  }
  expect(parts.map(visibleText).join('')).toBe(visibleText(html));
  return parts;
}

describe('splitHtmlMessage', () => {
  describe('when the message fits', () => {
    it('returns it unchanged as one part', () => {
      expect(splitHtmlMessage('<b>Amoxicillin</b> &amp; food', 100)).toEqual([
        '<b>Amoxicillin</b> &amp; food',
      ]);
    });
  });

  describe('when the message is empty', () => {
    it('returns no parts', () => {
      expect(splitHtmlMessage('')).toEqual([]);
    });
  });

  describe('when a cut falls inside a tag', () => {
    it('closes the tag in one part and reopens it in the next', () => {
      expect(splitHtmlMessage('<b>aaaa bbbb cccc</b>', 17)).toEqual([
        '<b>aaaa bbbb </b>',
        '<b>cccc</b>',
      ]);
    });

    it('reopens a link with its attributes', () => {
      const parts = expectValidSplit('<a href="https://example.org">one two three four</a>', 45);

      expect(parts).toEqual([
        '<a href="https://example.org">one two </a>',
        '<a href="https://example.org">three four</a>',
      ]);
    });
  });

  describe('when a line break is available', () => {
    it('prefers it over a later space', () => {
      expect(splitHtmlMessage('aaaa bbbbbbb\ncc dd ee ff gg', 20)).toEqual([
        'aaaa bbbbbbb\n',
        'cc dd ee ff gg',
      ]);
    });
  });

  describe('when the text has no spaces', () => {
    it('cuts between whole entities and emoji, never inside them', () => {
      const html = '&lt;'.repeat(5) + '👨‍👩‍👧'.repeat(5) + '🇬🇧'.repeat(5);

      const parts = expectValidSplit(html, 9);

      expect(parts.slice(0, 3)).toEqual(['&lt;&lt;', '&lt;&lt;', '&lt;']);
      expect(parts).toContain('👨‍👩‍👧');
      expect(parts).toContain('🇬🇧🇬🇧');
    });
  });

  describe('when a long mixed reply is split at the Telegram limit', () => {
    it('keeps every part under 4096 units with balanced tags and all text kept', () => {
      const sentence = `<b>${escapeHtml('Take 1 capsule <500 mg> & water')}</b> 💊 then rest 🧑‍⚕️.\n`;
      const html = sentence.repeat(300);

      const parts = expectValidSplit(html, TELEGRAM_MESSAGE_LIMIT);

      expect(parts.length).toBeGreaterThan(3);
    });
  });

  describe('when a single tag exceeds the limit', () => {
    it('throws', () => {
      expect(() => splitHtmlMessage(`<a href="${'x'.repeat(50)}">x</a>`, 20)).toThrow(
        new Error('a tag longer than 20 characters cannot be split'),
      );
    });
  });
});

describe('escapeHtml', () => {
  describe('when text contains markup characters', () => {
    it('escapes them as entities', () => {
      expect(escapeHtml('<b>"5 & 6"</b>')).toBe('&lt;b&gt;&quot;5 &amp; 6&quot;&lt;/b&gt;');
    });
  });
});
