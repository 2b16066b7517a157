import type { Prescription } from '@ctrl-alt-heal/domain';
import { createJsonLogger } from '../logging/json-logger';
import type { DoseAnswerResult } from '../reminders/dose-answers';
import type { DoseAction } from '../reminders/reminder-message';
import { FakeTelegramApi } from '../testing/fake-telegram-api';
import { createTelegramRuntime } from './telegram-runtime';

const TOKEN = '4343:RUNTIME_TOKEN_abcdefghijklmnopqrstuvwxyz';

class RecordingDoseAnswers {
  readonly presses: string[] = [];

  answer(userId: string, action: DoseAction, shortId: string): Promise<DoseAnswerResult> {
    this.presses.push(`${userId} ${action} ${shortId}`);
    return Promise.resolve({ kind: 'recorded', status: 'taken', html: 'Taken.' });
  }
}

/** Records which store calls a button press led to (`<method> <user> <prescription>`). */
class RecordingPrescriptions {
  readonly calls: string[] = [];

  confirm(userId: string, prescriptionId: string): Promise<Prescription | null> {
    this.calls.push(`confirm ${userId} ${prescriptionId}`);
    return Promise.resolve(null);
  }
  get(userId: string, prescriptionId: string): Promise<Prescription | null> {
    this.calls.push(`get ${userId} ${prescriptionId}`);
    return Promise.resolve(null);
  }
  saveDraft(): Promise<void> {
    return Promise.resolve();
  }
  listActive(): Promise<Prescription[]> {
    return Promise.resolve([]);
  }
}

function press(data: string) {
  return {
    update_id: 1,
    callback_query: {
      id: 'cq-1',
      from: { id: 555, is_bot: false, first_name: 'Ann' },
      chat_instance: 'ci',
      data,
      message: {
        message_id: 9,
        date: 1_772_438_405,
        chat: { id: 555, type: 'private', first_name: 'Ann' },
      },
    },
  } as const;
}

describe('createTelegramRuntime', () => {
  let api: FakeTelegramApi;

  beforeEach(async () => {
    api = await FakeTelegramApi.start();
  });

  afterEach(async () => {
    await api.close();
  });

  function runtimeWith(doseAnswers: RecordingDoseAnswers, prescriptions: RecordingPrescriptions) {
    return createTelegramRuntime({
      token: TOKEN,
      apiRoot: api.apiRoot,
      logger: createJsonLogger({ service: 'test', write: () => undefined }),
      identities: {
        resolveUser: (_provider, externalId) =>
          Promise.resolve({ userId: `user-${externalId}`, created: false }),
      },
      prescriptions,
      claims: { claim: () => Promise.resolve(true) },
      turns: {
        run: () => Promise.reject(new Error('no turns here')),
        stream: () => {
          throw new Error('no turns here');
        },
      },
      chatRef: () => 'ref',
      commands: {
        profiles: { get: () => Promise.resolve(null), setTimeZone: () => Promise.resolve() },
        uploads: { put: () => Promise.resolve('key') },
        forgetUser: () => Promise.resolve(),
        stopMedicine: () => Promise.resolve('absent'),
        now: () => new Date('2026-03-02T08:00:00.000Z'),
        newId: () => 'id-1',
      },
      doseAnswers,
    });
  }

  describe('when a reminder button is pressed', () => {
    it('reaches the dose handler for the sender, not the confirm handler', async () => {
      const doseAnswers = new RecordingDoseAnswers();
      const prescriptions = new RecordingPrescriptions();

      await runtimeWith(doseAnswers, prescriptions).bot.handleUpdate(
        press('dose:taken:tbxnk0.AbCdEfGh'),
      );

      expect(doseAnswers.presses).toEqual(['user-555 taken tbxnk0.AbCdEfGh']);
      expect(prescriptions.calls).toEqual([]);
      expect(api.calls.map((call) => call.method)).toEqual([
        'answerCallbackQuery',
        'editMessageText',
      ]);
    });
  });

  describe('when a confirm button is pressed', () => {
    it('still reaches the confirm handler', async () => {
      const doseAnswers = new RecordingDoseAnswers();
      const prescriptions = new RecordingPrescriptions();

      await runtimeWith(doseAnswers, prescriptions).bot.handleUpdate(press('rx:confirm:rx1'));

      expect(prescriptions.calls.length).toBeGreaterThan(0);
      expect(prescriptions.calls.every((call) => call.endsWith(' user-555 rx1'))).toBe(true);
      expect(doseAnswers.presses).toEqual([]);
    });
  });
});
