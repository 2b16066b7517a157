import { ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Prescription } from '@ctrl-alt-heal/domain';
import { startTestStorage, type TestStorage } from '../../embedded/testing/start-test-storage';
import { createJsonLogger } from '../../logging/json-logger';
import type { Logger } from '../../logging/logger';
import { batchDeleteKeys } from '../../storage/batch-delete-keys';
import { DynamoIdentityStore } from '../../storage/dynamo-identity-store';
import { DynamoPrescriptionStore } from '../../storage/dynamo-prescription-store';
import { prescriptionFixture } from '../../storage/testing/prescription-fixture';
import { FakeTelegramApi } from '../../testing/fake-telegram-api';
import { doseItemSchema, type DoseItem } from '../dose-item';
import { DosePlanner } from '../dose-planner';
import { DynamoDoseClaims } from '../dynamo-dose-claims';
import { DynamoDoseStore } from '../dynamo-dose-store';
import { DynamoPlanMarkers } from '../dynamo-plan-markers';
import { createReminderApi } from '../reminder-api';
import { ReminderBlockFlags } from '../reminder-block-flags';
import { ReminderChatDirectory } from '../reminder-chat-directory';
import { ReminderDispatcher } from '../reminder-dispatcher';
import { ReminderSender } from '../reminder-sender';
import { SendLimiter, type LimiterClock } from '../send-limiter';
import { FakeReminderClock } from './fake-reminder-clock';

/** The bot token the harness uses; tests check it never shows in logs. */
export const HARNESS_TOKEN = '777:HARNESS_TOKEN_abcdefghijklmnopqrstuvwxyz';

/** Embedded DynamoDB, the fake Bot API, a fake clock and the reminder parts over them. */
export class ReminderHarness {
  readonly clock = new FakeReminderClock(Date.parse('2026-03-10T07:00:00.000Z'));
  readonly logLines: Record<string, unknown>[] = [];
  readonly logger: Logger;
  readonly doses: DynamoDoseStore;
  readonly claims: DynamoDoseClaims;
  readonly blocks: ReminderBlockFlags;
  readonly identities: DynamoIdentityStore;
  readonly prescriptions: DynamoPrescriptionStore;
  readonly planner: DosePlanner;
  readonly markers: DynamoPlanMarkers;

  private constructor(
    readonly storage: TestStorage,
    readonly api: FakeTelegramApi,
  ) {
    const base = { client: storage.dynamo, tableNames: storage.tableNames };
    const now = (): Date => this.clock.date();
    this.logger = createJsonLogger({
      service: 'test',
      level: 'debug',
      now,
      write: (line: string) => this.logLines.push(JSON.parse(line) as Record<string, unknown>),
    });
    this.doses = new DynamoDoseStore(base);
    this.claims = new DynamoDoseClaims(base);
    this.blocks = new ReminderBlockFlags(base);
    this.identities = new DynamoIdentityStore({ ...base, now });
    this.prescriptions = new DynamoPrescriptionStore({ ...base, now });
    this.markers = new DynamoPlanMarkers(base);
    this.planner = new DosePlanner({
      doses: this.doses,
      blocks: this.blocks,
      markers: this.markers,
      prescriptions: this.prescriptions,
      logger: this.logger,
    });
  }

  /** Starts embedded storage and the fake Bot API. */
  static async start(): Promise<ReminderHarness> {
    return new ReminderHarness(await startTestStorage(), await FakeTelegramApi.start());
  }

  /** A dispatcher for one task, with its own limiter, over the shared table and fake API. */
  dispatcher(taskId: string, clock: LimiterClock = this.clock): ReminderDispatcher {
    const limiter = new SendLimiter({ clock });
    const api = createReminderApi({ token: HARNESS_TOKEN, apiRoot: this.api.apiRoot });
    return new ReminderDispatcher({
      taskId,
      clock,
      doses: this.doses,
      claims: this.claims,
      planner: this.planner,
      prescriptions: this.prescriptions,
      blocks: this.blocks,
      chats: new ReminderChatDirectory(this.storage.dynamo, this.storage.tableNames),
      sender: new ReminderSender(api, limiter),
      logger: this.logger,
      chatRef: (chatId) => `ref-${String(chatId).length}`,
    });
  }

  /** Creates the user behind a Telegram id (whose private chat has the same id). */
  async addUser(telegramId: number): Promise<string> {
    return (await this.identities.resolveUser('telegram', String(telegramId))).userId;
  }

  /** Saves and confirms a prescription (the fixture with overrides) for a user. */
  async addActivePrescription(
    userId: string,
    overrides: Partial<Prescription> = {},
  ): Promise<Prescription> {
    await this.prescriptions.saveDraft(userId, prescriptionFixture(overrides));
    const confirmed = await this.prescriptions.confirm(userId, overrides.prescriptionId ?? 'rx-1');
    if (confirmed === null) throw new Error('fixture prescription not confirmed');
    return confirmed;
  }

  /**
   * Marks a prescription stopped straight in its table, past the store, as another task or an
   * earlier release would leave it.
   */
  async markPrescriptionStopped(userId: string, prescriptionId: string): Promise<void> {
    await this.storage.dynamo.send(
      new UpdateCommand({
        TableName: this.storage.tableNames.prescriptions,
        Key: { userId, prescriptionId },
        UpdateExpression: 'SET #s = :stopped, prescription.#s = :stopped',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':stopped': 'stopped' },
      }),
    );
  }

  /** Every dose item, sorted by user then key. */
  async allDoses(): Promise<DoseItem[]> {
    const items = await this.scan(this.storage.tableNames.doses);
    return items
      .filter((item) => !String(item.doseKey).startsWith('plan#'))
      .map((item) => doseItemSchema.parse(item))
      .sort((a, b) => a.userId.localeCompare(b.userId) || a.doseKey.localeCompare(b.doseKey));
  }

  /** The reminders the fake Bot API received. */
  sentReminders(): { chatId: unknown; text: unknown }[] {
    return this.api
      .callsTo('sendMessage')
      .filter((call) => call.result !== undefined)
      .map((call) => ({ chatId: call.payload.chat_id, text: call.payload.text }));
  }

  /** Empties the doses, prescriptions, identities and users tables and the recorded calls. */
  async reset(): Promise<void> {
    const { tableNames } = this.storage;
    await this.clear(tableNames.doses, ['userId', 'doseKey']);
    await this.clear(tableNames.prescriptions, ['userId', 'prescriptionId']);
    await this.clear(tableNames.identities, ['identityKey']);
    await this.clear(tableNames.users, ['userId']);
    this.api.calls.length = 0;
    this.logLines.length = 0;
    this.clock.sleeps.length = 0;
  }

  /** Stops everything. */
  async stop(): Promise<void> {
    await this.api.close();
    await this.storage.stop();
  }

  private async clear(tableName: string, keyNames: readonly string[]): Promise<void> {
    const items = await this.scan(tableName);
    const keys = items.map((item) => Object.fromEntries(keyNames.map((k) => [k, item[k]])));
    await batchDeleteKeys(this.storage.dynamo, tableName, keys);
  }

  private async scan(tableName: string): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.storage.dynamo.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey !== undefined);
    return items;
  }
}
