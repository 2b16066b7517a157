import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableNames } from '../../storage/table-names';
import { createEmbeddedClients } from '../create-embedded-clients';
import { startEmbeddedServices, type BucketNames } from '../start-embedded-services';

/** Embedded servers on a fresh temporary folder, with clients, for one test file. */
export interface TestStorage {
  readonly dynamo: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly tableNames: TableNames;
  readonly bucketNames: BucketNames;
  readonly dynamoEndpoint: string;
  /** Stops the servers, closes the clients and removes the folder. */
  stop(): Promise<void>;
}

/**
 * Starts dynalite and s3rver on 127.0.0.1 in a new temporary folder. Call it in `beforeAll`
 * and `stop()` in `afterAll`.
 */
export async function startTestStorage(): Promise<TestStorage> {
  const dataDir = await mkdtemp(join(tmpdir(), 'cah-storage-'));
  const services = await startEmbeddedServices({ dataDir });
  const clients = createEmbeddedClients(services);
  return {
    dynamo: clients.dynamo,
    s3: clients.s3,
    tableNames: services.tableNames,
    bucketNames: services.bucketNames,
    dynamoEndpoint: services.dynamoEndpoint,
    stop: async (): Promise<void> => {
      clients.destroy();
      await services.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
