// Public surface of @ctrl-alt-heal/app.

export { ENV } from './config/env-names';
export type { EnvName } from './config/env-names';
export { TABLES } from './storage/table-definitions';
export type { TableDefinition, TableName } from './storage/table-definitions';

// Errors
export { AppError } from './app-error';

// Storage
export { StorageUnavailableError } from './storage/storage-unavailable-error';
export { embeddedTableNames } from './storage/table-names';
export type { TableNames } from './storage/table-names';
export { DynamoIdentityStore } from './storage/dynamo-identity-store';
export type {
  DynamoIdentityStoreOptions,
  IdentityProvider,
  ResolvedUser,
} from './storage/dynamo-identity-store';
export { DynamoUpdateClaims } from './storage/dynamo-update-claims';
export type { DynamoUpdateClaimsOptions } from './storage/dynamo-update-claims';
export { DynamoProfileStore } from './storage/dynamo-profile-store';
export type { DynamoProfileStoreOptions } from './storage/dynamo-profile-store';
export { DynamoPrescriptionStore } from './storage/dynamo-prescription-store';
export type { DynamoPrescriptionStoreOptions } from './storage/dynamo-prescription-store';
export { DynamoConversationStore } from './storage/dynamo-conversation-store';
export type { DynamoConversationStoreOptions } from './storage/dynamo-conversation-store';
export { DynamoFhirResourceStore } from './storage/dynamo-fhir-resource-store';
export type {
  DynamoFhirResourceStoreOptions,
  FhirResourceJson,
  StoredFhirResource,
} from './storage/dynamo-fhir-resource-store';
export { S3BlobStore, blobKeyOf } from './storage/blob-store';
export type { BlobStore, S3BlobStoreOptions, StoredBlob } from './storage/blob-store';
export { deleteAllUserData } from './storage/delete-all-user-data';
export type { DeleteAllUserDataOptions, DeletedUserData } from './storage/delete-all-user-data';

// Embedded mode
export { startEmbeddedServices, EMBEDDED_BUCKET_NAMES } from './embedded/start-embedded-services';
export type {
  BucketNames,
  EmbeddedServices,
  EmbeddedServicesLogger,
  EmbeddedServicesOptions,
} from './embedded/start-embedded-services';
export { createEmbeddedClients } from './embedded/create-embedded-clients';
export type { EmbeddedClients, EmbeddedEndpoints } from './embedded/create-embedded-clients';
