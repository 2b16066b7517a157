import {
  DeleteCommand,
  PutCommand,
  UpdateCommand,
  type DeleteCommandInput,
  type DynamoDBDocumentClient,
  type PutCommandInput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  isConditionalCheckFailed,
  translateStorageError,
} from '../storage/dynamo-error-translation';

/** A put, update or delete that carries a condition expression. */
export type ConditionalWrite =
  | { readonly kind: 'put'; readonly input: PutCommandInput }
  | { readonly kind: 'update'; readonly input: UpdateCommandInput }
  | { readonly kind: 'delete'; readonly input: DeleteCommandInput };

/**
 * Runs a conditional write and says whether the condition held: true when written, false when
 * DynamoDB refused it on the condition (someone else got there first).
 *
 * @param operation - Store operation name for {@link StorageUnavailableError}.
 * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
 */
export async function writeIfCondition(
  client: DynamoDBDocumentClient,
  operation: string,
  write: ConditionalWrite,
): Promise<boolean> {
  try {
    await send(client, write);
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    return translateStorageError(operation, error);
  }
}

async function send(client: DynamoDBDocumentClient, write: ConditionalWrite): Promise<void> {
  switch (write.kind) {
    case 'put':
      await client.send(new PutCommand(write.input));
      return;
    case 'update':
      await client.send(new UpdateCommand(write.input));
      return;
    case 'delete':
      await client.send(new DeleteCommand(write.input));
      return;
  }
}
