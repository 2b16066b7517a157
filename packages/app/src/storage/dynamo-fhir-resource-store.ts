import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { translateStorageError } from './dynamo-error-translation';
import { queryAllItems } from './query-all-items';
import type { TableNames } from './table-names';

/** A FHIR R4 resource as JSON: any object with a `resourceType`. */
export type FhirResourceJson = { readonly resourceType: string } & Readonly<
  Record<string, unknown>
>;

/** A stored FHIR resource with its key and the time it was last written. */
export interface StoredFhirResource {
  /** `<resourceType>/<id>`, such as `MedicationRequest/abc`. */
  readonly resourceKey: string;
  readonly resource: FhirResourceJson;
  /** ISO 8601 instant. */
  readonly updatedAt: string;
}

/** Settings of {@link DynamoFhirResourceStore}. */
export interface DynamoFhirResourceStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'fhirData'>;
  /** Clock. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
}

const fhirResourceSchema = z.looseObject({ resourceType: z.string().min(1) });

const fhirItemSchema = z.object({
  userId: z.string().min(1),
  resourceKey: z.string().min(1),
  resourceJson: z.string(),
  updatedAt: z.string(),
});

const RESOURCE_KEY = /^[A-Za-z]+\/[A-Za-z0-9\-.]{1,64}$/;

/**
 * A user's FHIR resources, one item per `<resourceType>/<id>`. The resource is kept as JSON
 * text so that it reads back exactly as written.
 *
 * TODO: a resource over DynamoDB's 400 KB item limit (a whole Bundle with attachments) is
 * rejected with a ValidationException, rethrown as is; meanwhile callers store bundles entry
 * by entry, and the failure is loud, so nothing is half-written. Large resources belong in the
 * blob store with a pointer item here.
 */
export class DynamoFhirResourceStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly now: () => Date;

  /** @param options - Client, table name and clock. */
  constructor(options: DynamoFhirResourceStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.fhirData;
    this.now = options.now ?? ((): Date => new Date());
  }

  /**
   * Writes (or replaces) a resource under `resourceKey`.
   *
   * @throws Error when `resourceKey` is not `<resourceType>/<id>` with a FHIR id, or names
   *   another resource type than the resource (a bug).
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async put(userId: string, resourceKey: string, resource: FhirResourceJson): Promise<void> {
    assertResourceKey(resourceKey, resource.resourceType);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            userId,
            resourceKey,
            resourceType: resource.resourceType,
            resourceJson: JSON.stringify(resource),
            updatedAt: this.now().toISOString(),
          },
        }),
      );
    } catch (error) {
      translateStorageError('fhirData.put', error);
    }
  }

  /**
   * One resource, or null.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async get(userId: string, resourceKey: string): Promise<StoredFhirResource | null> {
    try {
      const result = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { userId, resourceKey } }),
      );
      return result.Item === undefined ? null : toStoredResource(result.Item);
    } catch (error) {
      return translateStorageError('fhirData.get', error);
    }
  }

  /**
   * Every resource of a user, ordered by key; only one type when `resourceType` is given.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async list(userId: string, resourceType?: string): Promise<StoredFhirResource[]> {
    const byType = resourceType !== undefined;
    const items = await queryAllItems(this.client, 'fhirData.list', {
      TableName: this.tableName,
      KeyConditionExpression: byType
        ? 'userId = :userId AND begins_with(resourceKey, :prefix)'
        : 'userId = :userId',
      ExpressionAttributeValues: byType
        ? { ':userId': userId, ':prefix': `${resourceType}/` }
        : { ':userId': userId },
    });
    return items.map(toStoredResource);
  }
}

function toStoredResource(raw: unknown): StoredFhirResource {
  const item = fhirItemSchema.parse(raw);
  const json: unknown = JSON.parse(item.resourceJson);
  return {
    resourceKey: item.resourceKey,
    resource: fhirResourceSchema.parse(json),
    updatedAt: item.updatedAt,
  };
}

function assertResourceKey(resourceKey: string, resourceType: string): void {
  if (!RESOURCE_KEY.test(resourceKey) || !resourceKey.startsWith(`${resourceType}/`)) {
    throw new Error(`resource key must be ${resourceType}/<FHIR id>`);
  }
}
