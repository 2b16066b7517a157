import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListBucketsCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { DescribeTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createEmbeddedClients } from './create-embedded-clients';
import { startEmbeddedServices, type EmbeddedServices } from './start-embedded-services';

describe('startEmbeddedServices', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cah-embedded-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function withServices<T>(run: (services: EmbeddedServices) => Promise<T>): Promise<T> {
    const services = await startEmbeddedServices({ dataDir });
    try {
      return await run(services);
    } finally {
      await services.stop();
    }
  }

  describe('when started on an empty folder', () => {
    it('listens on 127.0.0.1 and creates every table and both buckets', async () => {
      await withServices(async (services) => {
        const clients = createEmbeddedClients(services);
        try {
          const tables = await clients.dynamo.send(new ListTablesCommand({}));
          const buckets = await clients.s3.send(new ListBucketsCommand({}));

          expect(services.dynamoEndpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
          expect(services.s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
          expect(tables.TableNames).toEqual([
            'conversations',
            'doses',
            'fhir-data',
            'identities',
            'prescriptions',
            'processed-updates',
            'users',
          ]);
          expect((buckets.Buckets ?? []).map((bucket) => bucket.Name).sort()).toEqual([
            'assets',
            'uploads',
          ]);
        } finally {
          clients.destroy();
        }
      });
    });

    it('creates the global secondary indexes from the definitions', async () => {
      await withServices(async (services) => {
        const clients = createEmbeddedClients(services);
        try {
          const table = await clients.dynamo.send(
            new DescribeTableCommand({ TableName: services.tableNames.doses }),
          );

          expect(table.Table?.GlobalSecondaryIndexes?.map((index) => index.KeySchema)).toEqual([
            [
              { AttributeName: 'dueHour', KeyType: 'HASH' },
              { AttributeName: 'dueAt', KeyType: 'RANGE' },
            ],
          ]);
        } finally {
          clients.destroy();
        }
      });
    });
  });

  describe('when started twice on the same folder', () => {
    it('creates the tables only the first time', async () => {
      const lines: { msg: string; createdTables: unknown }[] = [];
      const logger = {
        info: (msg: string, fields?: Record<string, unknown>): void => {
          lines.push({ msg, createdTables: fields?.createdTables });
        },
      };

      for (let run = 0; run < 2; run += 1) {
        const services = await startEmbeddedServices({ dataDir, logger });
        await services.stop();
      }

      expect(lines).toEqual([
        { msg: 'embedded services started', createdTables: 7 },
        { msg: 'embedded services started', createdTables: 0 },
      ]);
    });
  });

  describe('when the folder is already in use', () => {
    it('refuses to start a second time', async () => {
      await withServices(async () => {
        await expect(startEmbeddedServices({ dataDir })).rejects.toThrow(
          new Error(`embedded data folder ${dataDir} is in use by process ${process.pid}`),
        );
      });
    });
  });

  describe('when restarted on the same folder', () => {
    it('reads back items and objects written before the restart', async () => {
      await withServices(async (services) => {
        const clients = createEmbeddedClients(services);
        await clients.dynamo.send(
          new PutCommand({
            TableName: services.tableNames.users,
            Item: { userId: 'u1', createdAt: '2026-01-01T00:00:00.000Z' },
          }),
        );
        await clients.s3.send(
          new PutObjectCommand({ Bucket: 'uploads', Key: 'uploads/u1/a', Body: 'hello' }),
        );
        clients.destroy();
      });

      const { item, text } = await withServices(async (services) => {
        const clients = createEmbeddedClients(services);
        try {
          const got = await clients.dynamo.send(
            new GetCommand({ TableName: services.tableNames.users, Key: { userId: 'u1' } }),
          );
          const object = await clients.s3.send(
            new GetObjectCommand({ Bucket: 'uploads', Key: 'uploads/u1/a' }),
          );
          return { item: got.Item, text: await object.Body?.transformToString() };
        } finally {
          clients.destroy();
        }
      });

      expect(item).toEqual({ userId: 'u1', createdAt: '2026-01-01T00:00:00.000Z' });
      expect(text).toBe('hello');
    });
  });
});
