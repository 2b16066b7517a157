import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';

import { BedrockConverseModel } from '../model/bedrock-converse-model';
import { type FakeBedrock, startFakeBedrock } from '../testing/fake-bedrock';
import { InMemoryConversationStore } from '../testing/in-memory-conversation-store';
import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { createAgentTools } from '../tools/create-agent-tools';
import { runTurn, streamTurn } from './run-turn';
import type { AgentDeps, TurnEvent, TurnInput } from './turn-types';

const TEXT = 'Amoxicillin 500 mg: take 1 capsule three times daily for 7 days';

const input: TurnInput = {
  user: { userId: 'user-1', timeZone: 'Europe/London' },
  text: TEXT,
  now: new Date('2026-12-04T09:00:00Z'),
};

describe('runTurn over the Bedrock adapter', () => {
  let fake: FakeBedrock;
  let client: BedrockRuntimeClient;
  let deps: AgentDeps;
  let prescriptions: InMemoryPrescriptionStore;

  beforeEach(async () => {
    fake = await startFakeBedrock();
    client = fake.createClient();
    prescriptions = new InMemoryPrescriptionStore();
    deps = {
      model: new BedrockConverseModel({ client, modelId: 'test-model' }),
      tools: createAgentTools({
        prescriptions,
        profiles: new InMemoryProfileStore(),
        newId: () => 'rx-1',
      }),
      conversations: new InMemoryConversationStore(),
    };
    fake.enqueue(
      {
        kind: 'message',
        message: {
          role: 'assistant',
          content: [
            { toolUse: { toolUseId: 'tu-1', name: 'propose_prescription', input: { text: TEXT } } },
          ],
        },
      },
      {
        kind: 'message',
        message: { role: 'assistant', content: [{ text: 'Please press Confirm.' }] },
      },
    );
  });

  afterEach(async () => {
    client.destroy();
    await fake.close();
  });

  describe('when the model proposes a prescription', () => {
    it('saves the draft, returns the button and sends the tool result back in Converse shape', async () => {
      const result = await runTurn(input, deps);

      expect(result).toEqual({
        text: 'Please press Confirm.',
        actions: [
          { kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm Amoxicillin' },
        ],
        usage: { inputTokens: 20, outputTokens: 10 },
        toolRounds: 1,
        modelId: 'test-model',
      });
      expect(prescriptions.allOf('user-1').map((item) => item.medication)).toEqual(['Amoxicillin']);
      expect(fake.requests[1]?.body).toMatchObject({
        messages: [
          { role: 'user', content: [{ text: TEXT }] },
          { role: 'assistant' },
          { role: 'user', content: [{ toolResult: { toolUseId: 'tu-1', status: 'success' } }] },
        ],
      });
    });
  });

  describe('when streaming', () => {
    it('streams the text of the final answer', async () => {
      const events: TurnEvent[] = [];

      for await (const event of streamTurn(input, deps)) {
        events.push(event);
      }

      expect(events.filter((event) => event.kind === 'textDelta')).toEqual([
        { kind: 'textDelta', text: 'Please pres' },
        { kind: 'textDelta', text: 's Confirm.' },
      ]);
      expect(fake.requests.map((request) => request.operation)).toEqual([
        'converseStream',
        'converseStream',
      ]);
    });
  });
});
