import { randomUUID } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Logger } from '../logging/logger';
import type { TableNames } from '../storage/table-names';
import { DoseAnswers } from './dose-answers';
import { DosePlanner } from './dose-planner';
import { DynamoDoseClaims } from './dynamo-dose-claims';
import { DynamoDoseStore } from './dynamo-dose-store';
import { DynamoPlanMarkers } from './dynamo-plan-markers';
import { PlanningPrescriptionStore } from './planning-prescription-store';
import { createReminderApi } from './reminder-api';
import { ReminderBlockFlags } from './reminder-block-flags';
import { ReminderChatDirectory } from './reminder-chat-directory';
import { ReminderDispatcher } from './reminder-dispatcher';
import { ReminderSender } from './reminder-sender';
import { SendLimiter, type LimiterClock } from './send-limiter';

/** What {@link createReminders} wires together. */
export interface RemindersOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: TableNames;
  readonly prescriptions: PrescriptionStore;
  readonly token: string;
  readonly apiRoot: string;
  readonly logger: Logger;
  /** Hashes a chat id for logs. */
  readonly chatRef: (chatId: number) => string;
  /** Clock. @defaultValue the system clock with timer sleeps */
  readonly clock?: LimiterClock;
  /** Claim owner id of this task. @defaultValue a random UUID */
  readonly taskId?: string;
}

/** The reminder side of the app. */
export interface Reminders {
  readonly planner: DosePlanner;
  readonly dispatcher: ReminderDispatcher;
  readonly doseAnswers: DoseAnswers;
  /** The prescription store, planning doses when a prescription is confirmed. */
  readonly prescriptions: PlanningPrescriptionStore;
}

/** Builds the planner, the dispatcher (not started) and the answer recorder on one table set. */
export function createReminders(options: RemindersOptions): Reminders {
  const { client, tableNames, logger } = options;
  const clock = options.clock ?? systemClock();
  const now = (): Date => new Date(clock.now());
  const doses = new DynamoDoseStore({ client, tableNames });
  const blocks = new ReminderBlockFlags({ client, tableNames });
  const planner = new DosePlanner({
    doses,
    blocks,
    markers: new DynamoPlanMarkers({ client, tableNames }),
    prescriptions: options.prescriptions,
    logger,
  });
  const sender = new ReminderSender(createReminderApi(options), new SendLimiter({ clock }));
  const dispatcher = new ReminderDispatcher({
    taskId: options.taskId ?? randomUUID(),
    clock,
    doses,
    claims: new DynamoDoseClaims({ client, tableNames }),
    planner,
    prescriptions: options.prescriptions,
    blocks,
    chats: new ReminderChatDirectory(client, tableNames),
    sender,
    logger: logger.child({ component: 'reminders' }),
    chatRef: options.chatRef,
  });
  const doseAnswers = new DoseAnswers({ doses, prescriptions: options.prescriptions, blocks, now });
  const prescriptions = new PlanningPrescriptionStore(options.prescriptions, {
    planner,
    blocks,
    now,
    logger,
  });
  return { planner, dispatcher, doseAnswers, prescriptions };
}

/**
 * A clock on timers, with sleeps that an abort ends early.
 *
 * @param now - The current time. Default `() => new Date()`.
 */
export function systemClock(now: () => Date = (): Date => new Date()): LimiterClock {
  return {
    now: () => now().getTime(),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(done, ms);
        function done(): void {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
      }),
  };
}
