import { randomUUID } from 'node:crypto';
import type { ProfileStore } from '@ctrl-alt-heal/agent';
import type { RecordedDose } from '@ctrl-alt-heal/domain';
import { DynamoDoseStore } from '../reminders/dynamo-dose-store';
import { listRecordedDoses } from '../reminders/list-recorded-doses';
import { createStopMedicine } from '../reminders/stop-medicine';
import { S3BlobStore, type BlobStore } from '../storage/blob-store';
import { deleteAllUserData } from '../storage/delete-all-user-data';
import { DynamoPrescriptionStore, type StopOutcome } from '../storage/dynamo-prescription-store';
import type { AppCore } from './boot-core';

/** What the Telegram command flows need beyond the turn runner and the identities. */
export interface TelegramCommandStores {
  readonly profiles: Pick<ProfileStore, 'get' | 'setTimeZone'>;
  /** The uploads bucket, where received files are kept under their user. */
  readonly uploads: Pick<BlobStore, 'put'>;
  /** `/forget`: deletes everything of one internal user, uploads included. */
  readonly forgetUser: (userId: string) => Promise<void>;
  /** `/stop`: stops one prescription and deletes its future planned doses. */
  readonly stopMedicine: (userId: string, prescriptionId: string) => Promise<StopOutcome>;
  readonly now: () => Date;
  readonly newId: () => string;
  /** The user's taken and skipped doses for `/export`. Default: none are exported. */
  readonly recordedDoses?: (userId: string) => Promise<readonly RecordedDose[]>;
}

/**
 * Builds the command flows' stores on the booted core: the profile store, the uploads blob
 * store on the uploads bucket, `/forget` over every user table and the uploads, and the taken
 * and skipped doses of the doses table for `/export`, and `/stop` over prescriptions and doses.
 * Clock and ids default like the core's (`new Date()`, `crypto.randomUUID`).
 */
export function createTelegramCommandStores(
  core: AppCore,
  clock: { readonly now?: () => Date; readonly newId?: () => string },
): TelegramCommandStores {
  const { storage } = core;
  const uploads = new S3BlobStore({ client: storage.s3, bucketName: storage.bucketNames.uploads });
  const now = clock.now ?? ((): Date => new Date());
  const base = { client: storage.dynamo, tableNames: storage.tableNames, now };
  return {
    profiles: core.stores.profiles,
    uploads,
    forgetUser: async (userId: string): Promise<void> => {
      await deleteAllUserData(userId, {
        client: storage.dynamo,
        tableNames: storage.tableNames,
        blobStore: uploads,
      });
    },
    stopMedicine: createStopMedicine({
      prescriptions: new DynamoPrescriptionStore(base),
      doses: new DynamoDoseStore(base),
      now,
    }),
    now,
    newId: clock.newId ?? randomUUID,
    recordedDoses: (userId) =>
      listRecordedDoses({ client: storage.dynamo, tableNames: storage.tableNames }, userId),
  };
}
