import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** File in the data folder naming the running embedded endpoints, for tests and tools. */
export const ENDPOINTS_FILE = 'endpoints.json';

/** What {@link writeEndpointsFile} records (addresses only; no secret). */
export interface EmbeddedEndpointsRecord {
  readonly httpUrl: string;
  readonly dynamoEndpoint: string;
  readonly s3Endpoint: string;
  readonly tableNames: Readonly<Record<string, string>>;
  readonly bucketNames: Readonly<Record<string, string>>;
  readonly pid: number;
}

/**
 * Writes `<dataDir>/endpoints.json` once the app listens, so a test or a developer can query
 * the embedded DynamoDB and S3 directly. Returns the file path.
 */
export async function writeEndpointsFile(
  dataDir: string,
  record: EmbeddedEndpointsRecord,
): Promise<string> {
  const path = join(dataDir, ENDPOINTS_FILE);
  await writeFile(path, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  return path;
}
