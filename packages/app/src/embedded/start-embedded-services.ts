import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { embeddedTableNames, type TableNames } from '../storage/table-names';
import { createMissingTables } from './create-missing-tables';
import { lockDataDir } from './data-dir-lock';
import { EMBEDDED_REGION } from './create-embedded-clients';

/** The two buckets of the product. */
export interface BucketNames {
  readonly uploads: string;
  readonly assets: string;
}

/** Bucket names in embedded mode. */
export const EMBEDDED_BUCKET_NAMES: BucketNames = { uploads: 'uploads', assets: 'assets' };

/** The few logger methods embedded mode uses; the app's JSON logger satisfies it. */
export interface EmbeddedServicesLogger {
  info(msg: string, fields?: Record<string, unknown>): void;
}

/** Settings of {@link startEmbeddedServices}. */
export interface EmbeddedServicesOptions {
  /** Folder for the data: `<dataDir>/dynamodb` (LevelDB) and `<dataDir>/s3` (files). */
  readonly dataDir: string;
  /** Receives one line when the servers are up. @defaultValue no logging */
  readonly logger?: EmbeddedServicesLogger;
}

/** Running embedded servers. */
export interface EmbeddedServices {
  /** `http://127.0.0.1:<port>` of the DynamoDB-compatible server (dynalite). */
  readonly dynamoEndpoint: string;
  /** `http://127.0.0.1:<port>` of the S3-compatible server (s3rver). */
  readonly s3Endpoint: string;
  readonly tableNames: TableNames;
  readonly bucketNames: BucketNames;
  /** Stops both servers and releases the data folder; the data stays on disk. */
  stop(): Promise<void>;
}

/**
 * Starts dynalite and s3rver on random ports of 127.0.0.1 with their data under `dataDir`,
 * creates any missing table (from the shared table definitions) and both buckets. Both
 * servers are imported dynamically, so the production bundle never loads them.
 *
 * Limits of dynalite: no TTL expiry, no transactions, no PartiQL.
 *
 * @throws Error when another running process uses `dataDir`, a server cannot start, or the
 *   data folder cannot be created.
 */
export async function startEmbeddedServices(
  options: EmbeddedServicesOptions,
): Promise<EmbeddedServices> {
  const startedAt = Date.now();
  const tableNames = embeddedTableNames();
  const lock = await lockDataDir(options.dataDir);
  let servers: StartedServers;
  try {
    servers = await startServers(options.dataDir, tableNames);
  } catch (error) {
    await lock.release();
    throw error;
  }
  options.logger?.info('embedded services started', {
    createdTables: servers.createdTables,
    startMs: Date.now() - startedAt,
  });
  const { dynamo, s3 } = servers;
  return {
    dynamoEndpoint: dynamo.endpoint,
    s3Endpoint: s3.endpoint,
    tableNames,
    bucketNames: EMBEDDED_BUCKET_NAMES,
    stop: async (): Promise<void> => {
      await Promise.all([s3.stop(), dynamo.stop()]);
      await lock.release();
    },
  };
}

interface RunningServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

interface StartedServers {
  readonly dynamo: RunningServer;
  readonly s3: RunningServer;
  readonly createdTables: number;
}

// Starts dynalite, creates the tables and starts s3rver; stops dynalite again if a later step
// fails, so a failed start leaves no server listening on the data folder.
async function startServers(dataDir: string, tableNames: TableNames): Promise<StartedServers> {
  const dynamo = await startDynalite(join(dataDir, 'dynamodb'));
  try {
    const created = await createTables(dynamo.endpoint, tableNames);
    const s3 = await startS3rver(join(dataDir, 's3'), EMBEDDED_BUCKET_NAMES);
    return { dynamo, s3, createdTables: created.length };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

async function startDynalite(path: string): Promise<RunningServer> {
  await mkdir(path, { recursive: true });
  const { default: dynalite } = await import('dynalite');
  const server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return { endpoint: endpointOf(server.address()), stop: () => closeServer(server) };
}

async function createTables(endpoint: string, tableNames: TableNames): Promise<string[]> {
  const client = new DynamoDBClient({
    endpoint,
    region: EMBEDDED_REGION,
    credentials: { accessKeyId: 'embedded', secretAccessKey: 'embedded' },
  });
  try {
    return await createMissingTables(client, tableNames);
  } finally {
    client.destroy();
  }
}

async function startS3rver(directory: string, buckets: BucketNames): Promise<RunningServer> {
  await mkdir(directory, { recursive: true });
  const { default: S3rver } = await import('s3rver');
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: buckets.uploads }, { name: buckets.assets }],
  });
  const address = await server.run();
  return {
    endpoint: endpointOf(address),
    stop: async (): Promise<void> => {
      server.httpServer?.closeAllConnections();
      await server.close();
    },
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    // dynalite calls back with null, not undefined, on success.
    server.close((error?: Error | null) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

function endpointOf(address: AddressInfo | string | null): string {
  if (address === null || typeof address === 'string') {
    throw new Error('embedded server did not report a TCP address');
  }
  return `http://127.0.0.1:${address.port}`;
}
