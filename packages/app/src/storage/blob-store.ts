import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { translateStorageError } from './dynamo-error-translation';
import { StorageUnavailableError } from './storage-unavailable-error';

/** A stored upload read back. */
export interface StoredBlob {
  readonly body: Uint8Array;
  /** The content type given at upload; null when none was stored. */
  readonly contentType: string | null;
}

/** Where uploads (prescription photos and PDFs) live, under `uploads/<userId>/<blobId>`. */
export interface BlobStore {
  /** Stores a blob and returns its object key. */
  put(userId: string, blobId: string, body: Uint8Array, contentType: string): Promise<string>;
  /** A blob, or null when absent. */
  get(userId: string, blobId: string): Promise<StoredBlob | null>;
  /** Deletes a blob; deleting an absent blob does nothing. */
  delete(userId: string, blobId: string): Promise<void>;
  /** Deletes every blob of a user and returns how many there were. */
  deleteAllForUser(userId: string): Promise<number>;
}

/** Settings of {@link S3BlobStore}. */
export interface S3BlobStoreOptions {
  readonly client: S3Client;
  /** The uploads bucket. */
  readonly bucketName: string;
}

// User ids are UUIDs and blob ids are generated; anything else (a slash, "..") is a bug that
// would let one user's key reach another's folder.
const KEY_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** S3 keys allowed in one DeleteObjects request. */
const DELETE_BATCH = 1000;

/** The object key of a user's blob: `uploads/<userId>/<blobId>`. */
export function blobKeyOf(userId: string, blobId: string): string {
  return `${userPrefixOf(userId)}${checkSegment(blobId, 'blob id')}`;
}

/**
 * Uploads in an S3 bucket (s3rver in embedded mode), keyed `uploads/<userId>/<blobId>`.
 *
 * Every method throws an Error when an id is not a plain key segment, and
 * StorageUnavailableError when S3 is throttled or unreachable.
 */
export class S3BlobStore implements BlobStore {
  private readonly client: S3Client;
  private readonly bucket: string;

  /** @param options - Injected S3 client and the uploads bucket name. */
  constructor(options: S3BlobStoreOptions) {
    this.client = options.client;
    this.bucket = options.bucketName;
  }

  /** Stores a blob and returns its object key. */
  async put(
    userId: string,
    blobId: string,
    body: Uint8Array,
    contentType: string,
  ): Promise<string> {
    const key = blobKeyOf(userId, blobId);
    try {
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: body,
          ContentType: contentType,
        }),
      );
      return key;
    } catch (error) {
      return translateStorageError('blobs.put', error);
    }
  }

  /** A blob, or null when absent. */
  async get(userId: string, blobId: string): Promise<StoredBlob | null> {
    try {
      const result = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: blobKeyOf(userId, blobId) }),
      );
      const body =
        result.Body === undefined ? new Uint8Array() : await result.Body.transformToByteArray();
      return { body, contentType: result.ContentType ?? null };
    } catch (error) {
      if (error instanceof Error && error.name === 'NoSuchKey') {
        return null;
      }
      return translateStorageError('blobs.get', error);
    }
  }

  /** Deletes a blob; deleting an absent blob does nothing. */
  async delete(userId: string, blobId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteObjectCommand({ Bucket: this.bucket, Key: blobKeyOf(userId, blobId) }),
      );
    } catch (error) {
      translateStorageError('blobs.delete', error);
    }
  }

  /** Deletes every blob under `uploads/<userId>/`, page by page, and returns the count. */
  async deleteAllForUser(userId: string): Promise<number> {
    const prefix = userPrefixOf(userId);
    let deleted = 0;
    let keys = await this.listKeys(prefix);
    while (keys.length > 0) {
      await this.deleteKeys(keys);
      deleted += keys.length;
      keys = await this.listKeys(prefix);
    }
    return deleted;
  }

  private async listKeys(prefix: string): Promise<string[]> {
    try {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, MaxKeys: DELETE_BATCH }),
      );
      return (page.Contents ?? []).flatMap((object) =>
        object.Key === undefined ? [] : [object.Key],
      );
    } catch (error) {
      return translateStorageError('blobs.list', error);
    }
  }

  private async deleteKeys(keys: readonly string[]): Promise<void> {
    let failed: number;
    try {
      const result = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
        }),
      );
      failed = result.Errors?.length ?? 0;
    } catch (error) {
      return translateStorageError('blobs.deleteAll', error);
    }
    if (failed > 0) {
      throw new StorageUnavailableError(
        'blobs.deleteAll',
        new Error(`S3 refused to delete ${failed} of ${keys.length} blobs`),
      );
    }
  }
}

function userPrefixOf(userId: string): string {
  return `uploads/${checkSegment(userId, 'user id')}/`;
}

function checkSegment(segment: string, what: string): string {
  if (!KEY_SEGMENT.test(segment) || segment.includes('..')) {
    throw new Error(`${what} is not a plain key segment`);
  }
  return segment;
}
