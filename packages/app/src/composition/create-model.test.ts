import { startFakeBedrock, type FakeBedrock } from '@ctrl-alt-heal/agent/testing';
import { createModel } from './create-model';

describe('createModel', () => {
  describe('when the provider is offline', () => {
    it('builds the offline model', () => {
      const handle = createModel({ provider: 'offline' });

      expect(handle.model.modelId).toBe('offline');
      handle.close();
    });
  });

  describe('when the provider is bedrock with an endpoint override', () => {
    let fake: FakeBedrock;
    const savedEnv = { ...process.env };

    beforeAll(async () => {
      fake = await startFakeBedrock();
      // The task role supplies credentials when deployed; the fake only needs some.
      process.env.AWS_ACCESS_KEY_ID = 'fake';
      process.env.AWS_SECRET_ACCESS_KEY = 'fake';
    });

    afterAll(async () => {
      process.env = savedEnv;
      await fake.close();
    });

    it('sends Converse calls for the configured model to that endpoint', async () => {
      fake.enqueue({
        kind: 'message',
        message: { role: 'assistant', content: [{ text: 'Hello from Bedrock' }] },
      });
      const handle = createModel({
        provider: 'bedrock',
        modelId: 'anthropic.test-model-v1',
        region: 'us-east-1',
        endpoint: fake.url,
      });

      const response = await handle.model.converse({
        system: 'be brief',
        messages: [{ role: 'user', content: [{ text: 'hi' }] }],
        tools: [],
      });
      handle.close();

      expect(response.message).toEqual({
        role: 'assistant',
        content: [{ text: 'Hello from Bedrock' }],
      });
      expect(fake.requests.map((request) => [request.operation, request.modelId])).toEqual([
        ['converse', 'anthropic.test-model-v1'],
      ]);
    });
  });
});
