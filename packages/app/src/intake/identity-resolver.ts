/**
 * Finds or creates the internal user behind an external identity. `DynamoIdentityStore`
 * implements it; first contact creates the user atomically.
 */
export interface IdentityResolver {
  /** @throws StorageUnavailableError when the store cannot answer. */
  resolveUser(
    provider: 'telegram',
    externalId: string,
  ): Promise<{ readonly userId: string; readonly created: boolean }>;
}
