import { z } from 'zod';

import { ModelThrottledError } from '../errors/agent-error';
import type { ConversationMessage } from '../model/conversation-message';
import type { ModelRequest } from '../model/model-port';
import { InMemoryConversationStore } from '../testing/in-memory-conversation-store';
import { ScriptedModel } from '../testing/scripted-model';
import { type AgentTool, defineTool, type ToolContext } from '../tools/agent-tool';
import { selectHistoryWindow } from './history-window';
import { runTurn, streamTurn } from './run-turn';
import {
  type AgentDeps,
  DEFAULT_MAX_TOOL_ROUNDS,
  EMPTY_REPLY,
  ROUND_CAP_REPLY,
  type TurnEvent,
  type TurnInput,
} from './turn-types';

const NOW = new Date('2026-12-04T16:30:00Z');
const input: TurnInput = {
  user: { userId: 'user-1', timeZone: 'Asia/Kolkata' },
  text: 'What do I take?',
  now: NOW,
};

/** A tool that records the context it ran with and adds a button. */
function recordingTool(seen: ToolContext[]): AgentTool {
  return defineTool({
    name: 'whoami',
    description: 'Says which user the turn is for.',
    input: z.strictObject({ detail: z.string().optional() }),
    run: (_input, context) => {
      seen.push(context);
      context.addAction({ kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm' });
      return Promise.resolve({ status: 'success', summary: 'done', data: { ok: true } });
    },
  });
}

const failingTool = defineTool({
  name: 'broken',
  description: 'Always fails.',
  input: z.strictObject({}),
  run: () => Promise.reject(new Error('table is gone: secret detail')),
});

function setup(
  steps: ConstructorParameters<typeof ScriptedModel>[0],
  extra: Partial<AgentDeps> = {},
) {
  const seen: ToolContext[] = [];
  const warnings: { msg: string; fields: unknown }[] = [];
  const conversations = new InMemoryConversationStore();
  const model = new ScriptedModel(steps);
  const deps: AgentDeps = {
    model,
    tools: [recordingTool(seen), failingTool],
    conversations,
    logger: { warn: (msg, fields) => warnings.push({ msg, fields }) },
    ...extra,
  };
  return { seen, warnings, conversations, model, deps };
}

function toolResultsIn(request: ModelRequest | undefined): unknown[] {
  return (request?.messages ?? []).flatMap((message) =>
    message.content.flatMap((block) => ('toolResult' in block ? [block.toolResult] : [])),
  );
}

async function collect(events: AsyncIterable<TurnEvent>): Promise<TurnEvent[]> {
  const all: TurnEvent[] = [];
  for await (const event of events) {
    all.push(event);
  }
  return all;
}

describe('runTurn', () => {
  describe('when the model answers in text', () => {
    it('returns the reply and stores the turn', async () => {
      const { deps, conversations } = setup([ScriptedModel.text('Nothing today.')]);

      const result = await runTurn(input, deps);

      expect(result).toEqual({
        text: 'Nothing today.',
        actions: [],
        usage: { inputTokens: 10, outputTokens: 5 },
        toolRounds: 0,
        modelId: 'scripted-model',
      });
      expect(conversations.messagesOf('user-1')).toEqual([
        { role: 'user', content: [{ text: 'What do I take?' }] },
        { role: 'assistant', content: [{ text: 'Nothing today.' }] },
      ]);
    });

    it("sends the date and time in the user's zone and the history window", async () => {
      const { deps, conversations, model } = setup([ScriptedModel.text('Hi.')]);
      const earlier: ConversationMessage[] = [
        { role: 'assistant', content: [{ text: 'orphan reply' }] },
        { role: 'user', content: [{ text: 'hello' }] },
        { role: 'assistant', content: [{ text: 'Hello!' }] },
      ];
      await conversations.append('user-1', earlier);

      await runTurn(input, deps);

      expect(model.requests[0]?.system).toContain('It is now Friday 2026-12-04, 22:00');
      expect(model.requests[0]?.messages).toEqual([
        earlier[1],
        earlier[2],
        { role: 'user', content: [{ text: 'What do I take?' }] },
      ]);
      expect(model.requests[0]?.tools.map((tool) => tool.name)).toEqual(['whoami', 'broken']);
    });
  });

  describe('when the user has no zone', () => {
    it('runs tools in the default zone', async () => {
      const { deps, seen } = setup(
        [ScriptedModel.toolCall('whoami', {}), ScriptedModel.text('ok')],
        { defaultTimeZone: 'Europe/London' },
      );

      await runTurn({ ...input, user: { userId: 'user-2', timeZone: null } }, deps);

      expect(
        seen.map(({ userId, timeZone, timeZoneIsUsers, now }) => ({
          userId,
          timeZone,
          timeZoneIsUsers,
          now,
        })),
      ).toEqual([
        { userId: 'user-2', timeZone: 'Europe/London', timeZoneIsUsers: false, now: NOW },
      ]);
    });
  });

  describe('when the model calls a tool', () => {
    it('runs it with the verified user and returns its actions', async () => {
      const { deps, seen, model, conversations } = setup([
        ScriptedModel.toolCall('whoami', { detail: 'x' }, 'call-1', 'Checking.'),
        ScriptedModel.text('All done.'),
      ]);

      const result = await runTurn(input, deps);

      expect(seen.map((context) => context.userId)).toEqual(['user-1']);
      expect(toolResultsIn(model.requests[1])).toEqual([
        {
          toolUseId: 'call-1',
          status: 'success',
          content: [{ text: 'done' }, { json: { ok: true } }],
        },
      ]);
      expect(result).toEqual({
        text: 'Checking.\n\nAll done.',
        actions: [{ kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm' }],
        usage: { inputTokens: 20, outputTokens: 10 },
        toolRounds: 1,
        modelId: 'scripted-model',
      });
      expect(conversations.messagesOf('user-1')).toHaveLength(4);
    });
  });

  describe('when the model puts a user id into tool input', () => {
    it('rejects the input and never runs the tool', async () => {
      const { deps, seen, model } = setup([
        ScriptedModel.toolCall('whoami', { userId: 'someone-else' }, 'call-1'),
        ScriptedModel.text('Sorry.'),
      ]);

      await runTurn(input, deps);

      expect(seen).toEqual([]);
      expect(toolResultsIn(model.requests[1])).toEqual([
        {
          toolUseId: 'call-1',
          status: 'error',
          content: [
            {
              text: 'The input was not valid: (input): Unrecognized key: "userId". Do not show this text to the patient; say in plain words what to send instead.',
            },
            { json: { kind: 'invalidInput', reason: 'invalid' } },
          ],
        },
      ]);
    });
  });

  describe('when a tool fails', () => {
    it('gives the model an error result and logs only the tool and error names', async () => {
      const { deps, model, warnings } = setup([
        ScriptedModel.toolCall('broken', {}, 'call-1'),
        ScriptedModel.text('That did not work.'),
      ]);

      const result = await runTurn(input, deps);

      expect(result.text).toBe('That did not work.');
      expect(toolResultsIn(model.requests[1])).toEqual([
        {
          toolUseId: 'call-1',
          status: 'error',
          content: [
            {
              text: 'The tool could not finish. Tell the patient it did not work this time and to try again later.',
            },
          ],
        },
      ]);
      expect(warnings).toEqual([
        { msg: 'agent tool failed', fields: { tool: 'broken', errorName: 'Error' } },
      ]);
    });
  });

  describe('when the model calls a tool that does not exist', () => {
    it('gives the model an error result', async () => {
      const { deps, model } = setup([
        ScriptedModel.toolCall('delete_everything', {}, 'call-1'),
        ScriptedModel.text('I cannot.'),
      ]);

      await runTurn(input, deps);

      expect(toolResultsIn(model.requests[1])).toEqual([
        {
          toolUseId: 'call-1',
          status: 'error',
          content: [{ text: 'There is no tool named delete_everything.' }],
        },
      ]);
    });
  });

  describe('when the model keeps calling tools', () => {
    it(`stops after ${DEFAULT_MAX_TOOL_ROUNDS} rounds with a safe reply and a paired history`, async () => {
      const calls = Array.from({ length: DEFAULT_MAX_TOOL_ROUNDS + 1 }, (_, round) =>
        ScriptedModel.toolCall('whoami', {}, `call-${round}`),
      );
      const { deps, model, conversations, warnings } = setup(calls);

      const result = await runTurn(input, deps);

      expect(result).toMatchObject({ text: ROUND_CAP_REPLY, toolRounds: DEFAULT_MAX_TOOL_ROUNDS });
      expect(model.requests).toHaveLength(DEFAULT_MAX_TOOL_ROUNDS + 1);
      const stored = conversations.messagesOf('user-1');
      expect(selectHistoryWindow(stored, 100)).toEqual(stored);
      expect(warnings).toEqual([
        { msg: 'agent tool round cap reached', fields: { toolRounds: DEFAULT_MAX_TOOL_ROUNDS } },
      ]);
    });

    it('honours a smaller cap', async () => {
      const calls = [0, 1, 2].map((round) => ScriptedModel.toolCall('whoami', {}, `call-${round}`));
      const { deps, model } = setup(calls, { maxToolRounds: 2 });

      const result = await runTurn(input, deps);

      expect(result.toolRounds).toBe(2);
      expect(model.requests).toHaveLength(3);
    });
  });

  describe('when the round cap is not a whole number', () => {
    it('throws a RangeError before calling the model', async () => {
      const { deps, model } = setup([ScriptedModel.text('never')], { maxToolRounds: -1 });

      await expect(runTurn(input, deps)).rejects.toThrow(
        new RangeError('maxToolRounds must be a whole number >= 0, got -1'),
      );
      expect(model.requests).toEqual([]);
    });
  });

  describe('when turns of different users run at the same time', () => {
    it('keeps each user in their own tool context and history', async () => {
      const { deps, seen, conversations } = setup([
        ScriptedModel.toolCall('whoami', {}, 'a'),
        ScriptedModel.toolCall('whoami', {}, 'b'),
        ScriptedModel.text('one'),
        ScriptedModel.text('two'),
      ]);

      await Promise.all([
        runTurn({ ...input, user: { userId: 'user-a', timeZone: 'UTC' } }, deps),
        runTurn({ ...input, user: { userId: 'user-b', timeZone: 'Europe/Paris' } }, deps),
      ]);

      expect(seen.map(({ userId, timeZone }) => ({ userId, timeZone }))).toEqual([
        { userId: 'user-a', timeZone: 'UTC' },
        { userId: 'user-b', timeZone: 'Europe/Paris' },
      ]);
      expect(conversations.messagesOf('user-a')).toHaveLength(4);
      expect(conversations.messagesOf('user-b')).toHaveLength(4);
    });
  });

  describe('when the model answers with no text', () => {
    it('replies with the fallback text', async () => {
      const { deps, conversations } = setup([
        {
          message: { role: 'assistant', content: [] },
          stopReason: 'guardrail',
          usage: { inputTokens: 1, outputTokens: 0 },
        },
      ]);

      const result = await runTurn(input, deps);

      expect(result.text).toBe(EMPTY_REPLY);
      expect(conversations.messagesOf('user-1').at(-1)).toEqual({
        role: 'assistant',
        content: [{ text: EMPTY_REPLY }],
      });
    });
  });

  describe('when the model is throttled', () => {
    it('rejects with the model error and stores nothing', async () => {
      const throttled = new ModelThrottledError(2000);
      const { deps, conversations } = setup([throttled]);

      await expect(runTurn(input, deps)).rejects.toBe(throttled);
      expect(conversations.appendCalls).toBe(0);
    });
  });

  describe('when the turn is aborted', () => {
    it('rejects with the abort error and stores nothing', async () => {
      const { deps, conversations } = setup([ScriptedModel.text('never')]);
      const controller = new AbortController();
      controller.abort();

      await expect(runTurn({ ...input, signal: controller.signal }, deps)).rejects.toMatchObject({
        name: 'AbortError',
      });
      expect(conversations.appendCalls).toBe(0);
    });
  });
});

describe('streamTurn', () => {
  describe('when the model uses a tool between two texts', () => {
    it('yields the deltas with a blank line between rounds, then the result', async () => {
      const { deps } = setup([
        ScriptedModel.toolCall('whoami', {}, 'call-1', 'Checking.'),
        ScriptedModel.text('Done!'),
      ]);

      const events = await collect(streamTurn(input, deps));

      expect(events).toEqual([
        { kind: 'textDelta', text: 'Check' },
        { kind: 'textDelta', text: 'ing.' },
        { kind: 'textDelta', text: '\n\nDon' },
        { kind: 'textDelta', text: 'e!' },
        {
          kind: 'result',
          result: {
            text: 'Checking.\n\nDone!',
            actions: [{ kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm' }],
            usage: { inputTokens: 20, outputTokens: 10 },
            toolRounds: 1,
            modelId: 'scripted-model',
          },
        },
      ]);
    });
  });

  describe('when the round cap is hit', () => {
    it('streams the safe reply', async () => {
      const { deps } = setup(
        [ScriptedModel.toolCall('whoami', {}, 'a'), ScriptedModel.toolCall('whoami', {}, 'b')],
        {
          maxToolRounds: 1,
        },
      );

      const events = await collect(streamTurn(input, deps));

      expect(events.slice(0, -1)).toEqual([{ kind: 'textDelta', text: ROUND_CAP_REPLY }]);
    });
  });
});
