import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from '../config/app-config';
import { createEmbeddedClients } from '../embedded/create-embedded-clients';
import {
  startEmbeddedServices,
  type BucketNames,
  type EmbeddedServices,
} from '../embedded/start-embedded-services';
import type { Logger } from '../logging/logger';
import type { TableNames } from '../storage/table-names';

/** Storage clients and names for the configured mode. */
export interface StorageHandles {
  readonly dynamo: DynamoDBDocumentClient;
  readonly s3: S3Client;
  readonly tableNames: TableNames;
  readonly bucketNames: BucketNames;
  /** The embedded servers, in embedded mode; null in aws mode. */
  readonly embedded: EmbeddedServices | null;
  /** Destroys the clients and stops the embedded servers (data stays on disk). */
  close(): Promise<void>;
}

/**
 * Opens storage: in embedded mode starts the embedded DynamoDB- and S3-compatible servers under
 * the data folder and aims clients at them; in aws mode builds regional clients for the
 * deployed tables and buckets (credentials from the task role).
 *
 * @throws Error when the embedded servers cannot start (such as a data folder in use).
 */
export async function openStorage(config: AppConfig, logger: Logger): Promise<StorageHandles> {
  if (config.storage.kind === 'embedded') {
    const embedded = await startEmbeddedServices({ dataDir: config.storage.dataDir, logger });
    const clients = createEmbeddedClients(embedded);
    return {
      dynamo: clients.dynamo,
      s3: clients.s3,
      tableNames: embedded.tableNames,
      bucketNames: embedded.bucketNames,
      embedded,
      close: async (): Promise<void> => {
        clients.destroy();
        await embedded.stop();
      },
    };
  }
  const base = new DynamoDBClient({ region: config.storage.region });
  const dynamo = DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const s3 = new S3Client({ region: config.storage.region });
  return {
    dynamo,
    s3,
    tableNames: config.storage.tables,
    bucketNames: config.storage.buckets,
    embedded: null,
    close: (): Promise<void> => {
      dynamo.destroy();
      base.destroy();
      s3.destroy();
      return Promise.resolve();
    },
  };
}
