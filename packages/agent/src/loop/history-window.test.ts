import type { ConversationMessage } from '../model/conversation-message';
import { isUserTextTurn, selectHistoryWindow } from './history-window';

const user = (text: string): ConversationMessage => ({ role: 'user', content: [{ text }] });
const reply = (text: string): ConversationMessage => ({ role: 'assistant', content: [{ text }] });
const call = (...ids: string[]): ConversationMessage => ({
  role: 'assistant',
  content: ids.map((toolUseId) => ({
    toolUse: { toolUseId, name: 'list_medications', input: {} },
  })),
});
const result = (...ids: string[]): ConversationMessage => ({
  role: 'user',
  content: ids.map((toolUseId) => ({
    toolResult: { toolUseId, status: 'success' as const, content: [{ text: 'ok' }] },
  })),
});

/** Small deterministic PRNG (mulberry32) so failures reproduce from the seed. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One turn; some are cut short or malformed the way a crash or a bug could leave them. */
function generateTurn(random: () => number, turn: number): ConversationMessage[] {
  const messages: ConversationMessage[] = [user(`question ${turn}`)];
  const rounds = Math.floor(random() * 3);
  for (let round = 0; round < rounds; round += 1) {
    const ids =
      random() < 0.3 ? [`t${turn}-${round}a`, `t${turn}-${round}b`] : [`t${turn}-${round}`];
    messages.push(call(...ids));
    const damage = random();
    if (damage < 0.05) {
      return messages;
    }
    messages.push(damage < 0.1 ? result(...ids.slice(1)) : result(...ids));
  }
  if (random() < 0.9) {
    messages.push(reply(`answer ${turn}`));
  }
  return messages;
}

function generateHistory(seed: number): ConversationMessage[] {
  const random = randomFrom(seed);
  const turns = Math.floor(random() * 8);
  return Array.from({ length: turns }, (_, turn) => generateTurn(random, turn)).flat();
}

function linksAreValid(window: readonly ConversationMessage[]): boolean {
  return window.every((message, index) => {
    const next = window[index + 1];
    if (next === undefined) {
      return true;
    }
    const calls = message.content.flatMap((b) => ('toolUse' in b ? [b.toolUse.toolUseId] : []));
    const results = next.content.flatMap((b) =>
      'toolResult' in b ? [b.toolResult.toolUseId] : [],
    );
    return message.role !== next.role && calls.join() === results.join();
  });
}

/** Brute force: the earliest start, ending after the last complete reply, that is valid. */
function oracle(messages: readonly ConversationMessage[], max: number): ConversationMessage[] {
  let end = messages.length;
  while (end > 0) {
    const last = messages[end - 1];
    if (last?.role === 'assistant' && !last.content.some((b) => 'toolUse' in b)) {
      break;
    }
    end -= 1;
  }
  for (let start = Math.max(0, end - max); start < end; start += 1) {
    const candidate = messages.slice(start, end);
    const first = candidate[0];
    if (first !== undefined && isUserTextTurn(first) && linksAreValid(candidate)) {
      return candidate;
    }
  }
  return [];
}

describe('selectHistoryWindow', () => {
  describe('when the limit falls inside a tool round', () => {
    it('starts at the next message the patient typed', () => {
      const history = [
        user('a'),
        call('1'),
        result('1'),
        reply('b'),
        user('c'),
        call('2'),
        result('2'),
        reply('d'),
      ];

      const window = selectHistoryWindow(history, 6);

      expect(window).toEqual([user('c'), call('2'), result('2'), reply('d')]);
    });
  });

  describe('when the last turn failed half-way', () => {
    it('ends with the last complete reply', () => {
      const history = [user('a'), reply('b'), user('c'), call('1')];

      const window = selectHistoryWindow(history, 10);

      expect(window).toEqual([user('a'), reply('b')]);
    });
  });

  describe('when a tool result is missing in the middle', () => {
    it('starts after the broken link', () => {
      const history = [user('a'), call('1'), reply('x'), user('c'), reply('d')];

      const window = selectHistoryWindow(history, 10);

      expect(window).toEqual([user('c'), reply('d')]);
    });
  });

  describe('when the limit is zero', () => {
    it('returns no messages', () => {
      expect(selectHistoryWindow([user('a'), reply('b')], 0)).toEqual([]);
    });
  });

  describe('when given many generated histories', () => {
    const seeds = Array.from({ length: 400 }, (_, seed) => seed);
    const limits = [0, 1, 2, 3, 4, 5, 7, 10, 20];

    it('keeps every window within the limit, starting with typed text and with paired tools', () => {
      for (const seed of seeds) {
        const history = generateHistory(seed);
        for (const limit of limits) {
          const window = selectHistoryWindow(history, limit);
          const first = window[0];
          const last = window.at(-1);

          expect(window.length).toBeLessThanOrEqual(limit);
          if (first !== undefined && last !== undefined) {
            expect(isUserTextTurn(first)).toBe(true);
            expect(last.role).toBe('assistant');
            expect(last.content.some((block) => 'toolUse' in block)).toBe(false);
            expect(linksAreValid(window)).toBe(true);
            const start = history.indexOf(first);
            expect(history.slice(start, start + window.length)).toEqual(window);
          }
        }
      }
    });

    it('picks the most recent valid run of messages', () => {
      for (const seed of seeds) {
        const history = generateHistory(seed);
        for (const limit of limits) {
          expect({ seed, limit, window: selectHistoryWindow(history, limit) }).toEqual({
            seed,
            limit,
            window: oracle(history, limit),
          });
        }
      }
    });

    it('generates histories that exercise tool rounds, damage and trimming', () => {
      const histories = seeds.map(generateHistory);
      const windows = histories.map((history) => selectHistoryWindow(history, 7));
      const withTools = windows.filter((window) =>
        window.some((m) => m.role === 'user' && !isUserTextTurn(m)),
      );
      const damaged = histories.filter((history) => !linksAreValid(history));

      expect(withTools.length).toBeGreaterThan(50);
      expect(damaged.length).toBeGreaterThan(50);
      expect(windows.filter((window) => window.length === 0).length).toBeGreaterThan(10);
    });
  });
});
