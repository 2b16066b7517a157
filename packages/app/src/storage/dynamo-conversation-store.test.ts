import type { ConversationMessage } from '@ctrl-alt-heal/agent';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { DynamoConversationStore } from './dynamo-conversation-store';

function userText(text: string): ConversationMessage {
  return { role: 'user', content: [{ text }] };
}

describe('DynamoConversationStore', () => {
  let storage: TestStorage;
  let store: DynamoConversationStore;

  useTestStorage((started) => {
    storage = started;
    store = new DynamoConversationStore({ client: storage.dynamo, tableNames: storage.tableNames });
  });

  describe('when nothing was said yet', () => {
    it('loads no messages', async () => {
      expect(await store.loadRecent('c0', 10)).toEqual([]);
    });
  });

  describe('when messages are appended over several turns', () => {
    it('loads the most recent ones, oldest first', async () => {
      await store.append('c1', [userText('1'), userText('2')]);
      await store.append('c1', [userText('3')]);
      await store.append('c1', [userText('4'), userText('5')]);

      expect(await store.loadRecent('c1', 3)).toEqual([
        userText('3'),
        userText('4'),
        userText('5'),
      ]);
      expect(await store.loadRecent('c1', 50)).toEqual(['1', '2', '3', '4', '5'].map(userText));
      expect(await store.loadRecent('c1', 0)).toEqual([]);
    });

    it('keys them with zero-padded sequence numbers', async () => {
      await store.append('c2', [userText('a'), userText('b')]);

      const result = await storage.dynamo.send(
        new QueryCommand({
          TableName: storage.tableNames.conversations,
          KeyConditionExpression: 'userId = :u',
          ExpressionAttributeValues: { ':u': 'c2' },
        }),
      );

      expect(result.Items?.map((item) => String(item.messageKey))).toEqual([
        '000000000001',
        '000000000002',
      ]);
    });
  });

  describe('when a turn uses a tool', () => {
    it('reads back tool use and tool result blocks exactly', async () => {
      const turn: ConversationMessage[] = [
        userText('what do I take today?'),
        {
          role: 'assistant',
          content: [
            { text: 'Let me look.' },
            { toolUse: { toolUseId: 't1', name: 'list_doses', input: { day: 'today', n: 1.5 } } },
          ],
        },
        {
          role: 'user',
          content: [
            {
              toolResult: {
                toolUseId: 't1',
                status: 'success',
                content: [{ json: { doses: [], empty: {} } }, { text: 'none' }],
              },
            },
          ],
        },
      ];

      await store.append('c3', turn);

      expect(await store.loadRecent('c3', 10)).toEqual(turn);
    });
  });

  describe('when two appends race for one user', () => {
    it('keeps every message', async () => {
      await Promise.all([
        store.append('c4', [userText('x1'), userText('x2')]),
        store.append('c4', [userText('y1'), userText('y2')]),
      ]);

      const loaded = await store.loadRecent('c4', 10);

      expect(loaded.map((message) => message.content[0]).sort()).toHaveLength(4);
      expect(new Set(loaded.map((message) => JSON.stringify(message)))).toEqual(
        new Set(['x1', 'x2', 'y1', 'y2'].map((text) => JSON.stringify(userText(text)))),
      );
    });
  });

  describe('when a retention is set', () => {
    it('writes an expiry in epoch seconds', async () => {
      const expiring = new DynamoConversationStore({
        client: storage.dynamo,
        tableNames: storage.tableNames,
        retentionSeconds: 3600,
        now: () => new Date('2026-03-01T00:00:00.000Z'),
      });

      await expiring.append('c5', [userText('hi')]);

      const result = await storage.dynamo.send(
        new QueryCommand({
          TableName: storage.tableNames.conversations,
          KeyConditionExpression: 'userId = :u',
          ExpressionAttributeValues: { ':u': 'c5' },
        }),
      );
      expect(result.Items).toEqual([
        {
          userId: 'c5',
          messageKey: '000000000001',
          body: JSON.stringify(userText('hi')),
          createdAt: '2026-03-01T00:00:00.000Z',
          expiresAt: Date.parse('2026-03-01T01:00:00.000Z') / 1000,
        },
      ]);
    });
  });
});
