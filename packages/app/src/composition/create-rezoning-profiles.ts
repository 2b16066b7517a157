import type { Logger } from '../logging/logger';
import { DosePlanner } from '../reminders/dose-planner';
import { DynamoDoseStore } from '../reminders/dynamo-dose-store';
import { DynamoPlanMarkers } from '../reminders/dynamo-plan-markers';
import { ReminderBlockFlags } from '../reminders/reminder-block-flags';
import { RezoningProfileStore } from '../reminders/rezoning-profile-store';
import type { AppStores } from './create-stores';
import type { StorageHandles } from './open-storage';

/** What {@link createRezoningProfiles} needs besides the stores. */
export interface RezoningProfilesOptions {
  readonly now: () => Date;
  readonly logger: Logger;
  /** Whether reminders run (a bot token is configured); without them nothing is planned. */
  readonly reminders: boolean;
}

/**
 * The profile store every caller gets: setting a zone moves the user's active prescriptions to
 * it and, when reminders run, plans their doses again (see {@link RezoningProfileStore}).
 */
export function createRezoningProfiles(
  stores: Pick<AppStores, 'profiles' | 'prescriptions'>,
  storage: Pick<StorageHandles, 'dynamo' | 'tableNames'>,
  options: RezoningProfilesOptions,
): RezoningProfileStore {
  const base = { client: storage.dynamo, tableNames: storage.tableNames };
  const doses = new DynamoDoseStore(base);
  const replanner = options.reminders
    ? {
        doses,
        planner: new DosePlanner({
          doses,
          markers: new DynamoPlanMarkers(base),
          prescriptions: stores.prescriptions,
          blocks: new ReminderBlockFlags(base),
          logger: options.logger,
        }),
      }
    : null;
  return new RezoningProfileStore(stores.profiles, {
    prescriptions: stores.prescriptions,
    replanner,
    now: options.now,
    logger: options.logger,
  });
}
