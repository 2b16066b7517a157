import { createServer, type IncomingMessage, type Server } from 'node:http';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { batchDeleteKeys } from './batch-delete-keys';
import { StorageUnavailableError } from './storage-unavailable-error';

const batchRequestSchema = z.object({
  RequestItems: z.record(
    z.string(),
    z.array(
      z.object({
        DeleteRequest: z.object({ Key: z.record(z.string(), z.object({ S: z.string() })) }),
      }),
    ),
  ),
});
type BatchRequest = z.infer<typeof batchRequestSchema>;

/** A fake DynamoDB that records BatchWriteItem bodies and, while `stubbornCalls` remain, leaves each call's first delete unprocessed. */
class FakeBatchWriteServer {
  readonly requests: BatchRequest[] = [];
  stubbornCalls = 0;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((request, response) => {
      void readJson(request).then((body) => {
        this.requests.push(body);
        const [tableName, writes] = Object.entries(body.RequestItems)[0] ?? ['', []];
        const unprocessed = this.stubbornCalls > 0 ? writes.slice(0, 1) : [];
        this.stubbornCalls -= 1;
        response.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        response.end(
          JSON.stringify({
            UnprocessedItems: unprocessed.length === 0 ? {} : { [tableName]: unprocessed },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (address === null || typeof address === 'string') {
      throw new Error('fake DynamoDB has no TCP address');
    }
    return `http://127.0.0.1:${address.port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

async function readJson(request: IncomingMessage): Promise<BatchRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    chunks.push(Buffer.from(chunk as Uint8Array));
  }
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString());
  return batchRequestSchema.parse(parsed);
}

function keys(count: number): Record<string, string>[] {
  return Array.from({ length: count }, (_, index) => ({ userId: 'u', messageKey: `k${index}` }));
}

describe('batchDeleteKeys', () => {
  let fake: FakeBatchWriteServer;
  let base: DynamoDBClient;
  let client: DynamoDBDocumentClient;

  beforeEach(async () => {
    fake = new FakeBatchWriteServer();
    base = new DynamoDBClient({
      endpoint: await fake.start(),
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    client = DynamoDBDocumentClient.from(base);
  });

  afterEach(async () => {
    base.destroy();
    await fake.stop();
  });

  describe('when there are more keys than one batch holds', () => {
    it('sends batches of at most 25 deletes', async () => {
      await batchDeleteKeys(client, 'conversations', keys(60));

      expect(fake.requests.map((request) => request.RequestItems.conversations?.length)).toEqual([
        25, 25, 10,
      ]);
    });
  });

  describe('when DynamoDB leaves items unprocessed', () => {
    it('retries only those items', async () => {
      fake.stubbornCalls = 2;

      await batchDeleteKeys(client, 'conversations', keys(3), { backoffMs: () => 0 });

      expect(fake.requests.map((request) => request.RequestItems.conversations)).toEqual([
        keys(3).map((key) => ({
          DeleteRequest: { Key: { userId: { S: key.userId }, messageKey: { S: key.messageKey } } },
        })),
        [{ DeleteRequest: { Key: { userId: { S: 'u' }, messageKey: { S: 'k0' } } } }],
        [{ DeleteRequest: { Key: { userId: { S: 'u' }, messageKey: { S: 'k0' } } } }],
      ]);
    });
  });

  describe('when items stay unprocessed', () => {
    it('gives up after 8 attempts with StorageUnavailableError', async () => {
      fake.stubbornCalls = 100;

      const attempt = batchDeleteKeys(client, 'conversations', keys(2), { backoffMs: () => 0 });

      await expect(attempt).rejects.toBeInstanceOf(StorageUnavailableError);
      await expect(attempt).rejects.toThrow(
        /^storage unavailable during conversations\.batchDelete$/,
      );
      expect(fake.requests).toHaveLength(8);
    });
  });
});
