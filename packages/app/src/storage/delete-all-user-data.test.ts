import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { S3BlobStore } from './blob-store';
import { deleteAllUserData } from './delete-all-user-data';
import { DynamoConversationStore } from './dynamo-conversation-store';
import { DynamoFhirResourceStore } from './dynamo-fhir-resource-store';
import { DynamoIdentityStore } from './dynamo-identity-store';
import { DynamoPrescriptionStore } from './dynamo-prescription-store';
import { prescriptionFixture } from './testing/prescription-fixture';

describe('deleteAllUserData', () => {
  let storage: TestStorage;
  let blobStore: S3BlobStore;

  useTestStorage((started) => {
    storage = started;
    blobStore = new S3BlobStore({ client: storage.s3, bucketName: storage.bucketNames.uploads });
  });

  async function fillEveryTable(telegramId: string, conversationCount: number): Promise<string> {
    const options = { client: storage.dynamo, tableNames: storage.tableNames };
    const { userId } = await new DynamoIdentityStore(options).resolveUser('telegram', telegramId);
    const conversations = new DynamoConversationStore(options);
    for (let index = 0; index < conversationCount; index += 10) {
      await conversations.append(
        userId,
        Array.from({ length: Math.min(10, conversationCount - index) }, (_, offset) => ({
          role: 'user' as const,
          content: [{ text: `m${index + offset}` }],
        })),
      );
    }
    const prescriptions = new DynamoPrescriptionStore(options);
    await prescriptions.saveDraft(userId, prescriptionFixture({ prescriptionId: 'rx-1' }));
    await prescriptions.saveDraft(userId, prescriptionFixture({ prescriptionId: 'rx-2' }));
    await prescriptions.confirm(userId, 'rx-2');
    await new DynamoFhirResourceStore(options).put(userId, 'Patient/p', {
      resourceType: 'Patient',
    });
    await storage.dynamo.send(
      new PutCommand({
        TableName: storage.tableNames.doses,
        Item: { userId, doseKey: '2026-03-01T08:00Z#rx-2', dueHour: '2026-03-01T08', dueAt: 'x' },
      }),
    );
    await blobStore.put(userId, 'photo', new Uint8Array([1, 2, 3]), 'image/jpeg');
    return userId;
  }

  async function countItems(userId: string): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [table, tableName] of Object.entries(storage.tableNames)) {
      const result = await storage.dynamo.send(new ScanCommand({ TableName: tableName }));
      counts[table] = (result.Items ?? []).filter((item) => item.userId === userId).length;
    }
    return counts;
  }

  describe('when a user with data in every table is forgotten', () => {
    it('removes everything of that user and nothing of another', async () => {
      const forgotten = await fillEveryTable('2001', 37);
      const kept = await fillEveryTable('2002', 3);
      const keptBefore = await countItems(kept);

      const deleted = await deleteAllUserData(forgotten, {
        client: storage.dynamo,
        tableNames: storage.tableNames,
        blobStore,
      });

      expect(deleted).toEqual({
        identities: 1,
        conversations: 37,
        prescriptions: 2,
        fhirData: 1,
        doses: 1,
        users: 1,
        blobs: 1,
      });
      expect(await countItems(forgotten)).toEqual({
        users: 0,
        identities: 0,
        conversations: 0,
        prescriptions: 0,
        fhirData: 0,
        processedUpdates: 0,
        doses: 0,
      });
      expect(await blobStore.get(forgotten, 'photo')).toBeNull();
      expect(await countItems(kept)).toEqual(keptBefore);
      expect(keptBefore).toEqual({
        users: 1,
        identities: 1,
        conversations: 3,
        prescriptions: 2,
        fhirData: 1,
        processedUpdates: 0,
        doses: 1,
      });
      expect(await blobStore.get(kept, 'photo')).not.toBeNull();
    });
  });

  describe('when the forgotten user writes again', () => {
    it('gets a new, empty user', async () => {
      const options = { client: storage.dynamo, tableNames: storage.tableNames };
      const before = await fillEveryTable('2003', 1);
      await deleteAllUserData(before, options);

      const after = await new DynamoIdentityStore(options).resolveUser('telegram', '2003');

      expect(after.created).toBe(true);
      expect(after.userId).not.toBe(before);
    });
  });

  describe('when the user is unknown', () => {
    it('deletes nothing', async () => {
      expect(
        await deleteAllUserData('nobody', {
          client: storage.dynamo,
          tableNames: storage.tableNames,
        }),
      ).toEqual({
        identities: 0,
        conversations: 0,
        prescriptions: 0,
        fhirData: 0,
        doses: 0,
        users: 0,
        blobs: 0,
      });
    });
  });
});
