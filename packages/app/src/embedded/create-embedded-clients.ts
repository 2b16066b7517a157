import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The embedded servers' addresses. */
export interface EmbeddedEndpoints {
  /** `http://127.0.0.1:<port>` of the embedded DynamoDB-compatible server. */
  readonly dynamoEndpoint: string;
  /** `http://127.0.0.1:<port>` of the embedded S3-compatible server. */
  readonly s3Endpoint: string;
}

/** SDK clients aimed at the embedded servers. */
export interface EmbeddedClients {
  readonly dynamo: DynamoDBDocumentClient;
  readonly s3: S3Client;
  /** Closes both clients' sockets. */
  destroy(): void;
}

/** Region every embedded client uses; the servers ignore it. */
export const EMBEDDED_REGION = 'us-east-1';

// s3rver accepts only this key pair; dynalite accepts any.
const EMBEDDED_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Builds a DynamoDB document client and an S3 client for the embedded servers, with dummy
 * credentials, region us-east-1, path-style S3 addressing and checksums only where S3
 * requires them (s3rver does not understand the newer default checksum trailers).
 * Call this only from a composition root or a test.
 */
export function createEmbeddedClients(endpoints: EmbeddedEndpoints): EmbeddedClients {
  const base = new DynamoDBClient({
    endpoint: endpoints.dynamoEndpoint,
    region: EMBEDDED_REGION,
    credentials: EMBEDDED_CREDENTIALS,
  });
  const dynamo = DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true },
  });
  const s3 = new S3Client({
    endpoint: endpoints.s3Endpoint,
    region: EMBEDDED_REGION,
    credentials: EMBEDDED_CREDENTIALS,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    dynamo,
    s3,
    destroy: (): void => {
      dynamo.destroy();
      base.destroy();
      s3.destroy();
    },
  };
}
