import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { TurnReply, TurnRunner, TurnStreamEvent } from '../intake/turn-runner';
import { createJsonLogger } from '../logging/json-logger';
import { FakeTelegramApi } from '../testing/fake-telegram-api';
import { createTelegramBot } from './create-telegram-bot';
import { installBotHandlers } from './install-bot-handlers';
import { TelegramUpdateProcessor } from './telegram-update-processor';
import type { TelegramUpdate } from './telegram-update-schema';
import { TurnReports } from './turn-report';

const TOKEN = '4242:TEST_TOKEN_abcdefghijklmnopqrstuvwxyz';
const SENDER = { id: 555, is_bot: false, first_name: 'Ann', language_code: 'en' };

class InMemoryIdentities implements IdentityResolver {
  resolveUser(_provider: 'telegram', externalId: string) {
    return Promise.resolve({ userId: `user-${externalId}`, created: false });
  }
}

class ScriptedTurns implements TurnRunner {
  readonly inputs: string[] = [];
  constructor(private readonly reply: TurnReply | Error) {}

  run(userId: string, text: string): Promise<TurnReply> {
    this.inputs.push(`${userId}: ${text}`);
    return this.reply instanceof Error ? Promise.reject(this.reply) : Promise.resolve(this.reply);
  }

  async *stream(userId: string, text: string): AsyncIterable<TurnStreamEvent> {
    yield { kind: 'result', result: await this.run(userId, text) };
  }
}

function draft(): Prescription {
  return {
    prescriptionId: 'rx1',
    medication: 'Amoxicillin 500 mg capsule',
    instructionText: 'Take 1 capsule three times daily',
    sig: {} as Prescription['sig'],
    schedule: {
      timeZone: 'Europe/London',
      startDate: '2026-03-01',
      endDate: null,
      maxDoses: null,
      phases: [
        {
          days: 7,
          doses: [
            {
              dose: null,
              pattern: { kind: 'daily', times: ['20:00', '08:00', '14:00'], everyNDays: 1 },
            },
          ],
        },
      ],
    },
    status: 'active',
    source: 'text',
    createdAt: '2026-03-01T10:00:00.000Z',
  };
}

class InMemoryPrescriptions implements Pick<
  PrescriptionStore,
  'confirm' | 'get' | 'saveDraft' | 'listActive'
> {
  readonly confirmed: string[] = [];
  private status: Prescription['status'] = 'draft';
  saveDraft(): Promise<void> {
    return Promise.reject(new Error('not used here'));
  }
  listActive(): Promise<Prescription[]> {
    return Promise.resolve([]);
  }
  get(userId: string, prescriptionId: string): Promise<Prescription | null> {
    const mine = prescriptionId === 'rx1' && userId === 'user-555';
    return Promise.resolve(mine ? { ...draft(), status: this.status } : null);
  }
  confirm(userId: string, prescriptionId: string): Promise<Prescription | null> {
    this.confirmed.push(`${userId}/${prescriptionId}`);
    if (prescriptionId !== 'rx1' || userId !== 'user-555') return Promise.resolve(null);
    this.status = 'active';
    return Promise.resolve(draft());
  }
}

function message(updateId: number, text: string, chatType = 'private'): TelegramUpdate {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      from: SENDER,
      chat: { id: chatType === 'private' ? 555 : -100, type: chatType as 'private' },
      date: 1_767_000_000,
      text,
      // Telegram marks a leading command with an entity; grammY matches commands by it.
      ...(text.startsWith('/')
        ? {
            entities: [{ offset: 0, length: text.split(' ')[0]?.length ?? 0, type: 'bot_command' }],
          }
        : {}),
    },
  };
}

function buttonPress(updateId: number, data: string): TelegramUpdate {
  return {
    update_id: updateId,
    callback_query: {
      id: `cq${updateId}`,
      from: SENDER,
      chat_instance: 'ci',
      data,
      message: { message_id: 9, date: 1_767_000_000, chat: { id: 555, type: 'private' } },
    },
  };
}

describe('TelegramUpdateProcessor with the bot handlers', () => {
  let api: FakeTelegramApi;
  let lines: Record<string, unknown>[];

  beforeEach(async () => {
    api = await FakeTelegramApi.start();
    lines = [];
  });

  afterEach(async () => {
    await api.close();
  });

  function processorWith(turns: TurnRunner, prescriptions = new InMemoryPrescriptions()) {
    const logger = createJsonLogger({
      service: 'test',
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const bot = createTelegramBot({
      token: TOKEN,
      apiRoot: api.apiRoot,
      logger,
      sleep: () => Promise.resolve(),
    });
    const reports = new TurnReports();
    installBotHandlers(bot, {
      identities: new InMemoryIdentities(),
      prescriptions,
      turns,
      reports,
      logger,
      profiles: { get: () => Promise.resolve(null), setTimeZone: () => Promise.resolve() },
      uploads: { put: () => Promise.reject(new Error('not used here')) },
      downloadFile: () => Promise.reject(new Error('not used here')),
      forgetUser: () => Promise.reject(new Error('not used here')),
      stopMedicine: () => Promise.reject(new Error('not used here')),
      now: () => new Date('2026-03-01T10:00:00Z'),
      newId: () => 'id-1',
    });
    return new TelegramUpdateProcessor({
      bot,
      reports,
      logger,
      chatRef: (id) => `ref${id}`,
      nowMs: () => 0,
    });
  }

  const reply: TurnReply = {
    text: 'Amoxicillin <500 mg> at 08:00, 14:00 and 20:00. Confirm?',
    actions: [{ kind: 'confirmPrescription', prescriptionId: 'rx1', label: 'Confirm' }],
    modelId: 'offline',
    usage: { inputTokens: 0, outputTokens: 0 },
  };

  describe('when a private text message arrives', () => {
    it('shows typing, runs the turn for the sender and sends the escaped reply with a button', async () => {
      const turns = new ScriptedTurns(reply);

      await processorWith(turns).process(message(1, 'amoxicillin tds'));

      expect(turns.inputs).toEqual(['user-555: amoxicillin tds']);
      expect(api.calls.map((call) => call.method)).toEqual(['sendChatAction', 'sendMessage']);
      expect(api.callsTo('sendMessage')[0]?.payload).toEqual({
        chat_id: 555,
        text: 'Amoxicillin &lt;500 mg&gt; at 08:00, 14:00 and 20:00. Confirm?',
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        reply_markup: { inline_keyboard: [[{ text: 'Confirm', callback_data: 'rx:confirm:rx1' }]] },
      });
      expect(lines.filter((line) => line.msg === 'update handled')).toEqual([
        expect.objectContaining({
          update_id: 1,
          chat_ref: 'ref555',
          handler: 'text',
          outcome: 'replied',
          latency_ms: 0,
          model_id: 'offline',
          input_tokens: 0,
          output_tokens: 0,
          messages_sent: 1,
        }),
      ]);
    });
  });

  describe('when the reply is longer than one Telegram message', () => {
    it('sends it in parts under 4096 characters with the button on the last', async () => {
      const long = { ...reply, text: 'Take it with water. '.repeat(300) };

      await processorWith(new ScriptedTurns(long)).process(message(9, 'explain'));

      const sent = api.callsTo('sendMessage').map((call) => call.payload);
      expect(sent).toHaveLength(2);
      expect(sent.map((payload) => String(payload.text).length <= 4096)).toEqual([true, true]);
      expect(sent.map((payload) => payload.reply_markup !== undefined)).toEqual([false, true]);
      expect(sent.map((payload) => String(payload.text)).join('')).toBe(long.text);
    });
  });

  describe('when /start arrives', () => {
    it('answers without the model', async () => {
      const turns = new ScriptedTurns(reply);

      await processorWith(turns).process(message(2, '/start'));

      expect(turns.inputs).toEqual([]);
      expect(api.callsTo('sendMessage')[0]?.payload.text).toContain('Ctrl-Alt-Heal');
    });
  });

  describe('when the confirm button is pressed', () => {
    it('answers the query, confirms for the sender, removes the button and confirms with times', async () => {
      const prescriptions = new InMemoryPrescriptions();

      await processorWith(new ScriptedTurns(reply), prescriptions).process(
        buttonPress(3, 'rx:confirm:rx1'),
      );

      expect(prescriptions.confirmed).toEqual(['user-555/rx1']);
      expect(api.calls.map((call) => call.method)).toEqual([
        'answerCallbackQuery',
        'editMessageReplyMarkup',
        'sendMessage',
      ]);
      expect(api.callsTo('sendMessage')[0]?.payload.text).toBe(
        'Saved \u2705 <b>Amoxicillin 500 mg capsule</b>\n<i>Take 1 capsule three times daily</i>\n' +
          'I will remind you at 08:00, 14:00, 20:00 (Europe/London).',
      );
    });
  });

  describe('when the confirm button is pressed twice', () => {
    it('saves once and answers the second press with "Already saved" only', async () => {
      const prescriptions = new InMemoryPrescriptions();
      const processor = processorWith(new ScriptedTurns(reply), prescriptions);

      await processor.process(buttonPress(3, 'rx:confirm:rx1'));
      api.calls.length = 0;
      await processor.process(buttonPress(4, 'rx:confirm:rx1'));

      expect(prescriptions.confirmed).toEqual(['user-555/rx1']);
      expect(api.calls.map((call) => [call.method, call.payload.text])).toEqual([
        ['answerCallbackQuery', 'Already saved'],
        ['editMessageReplyMarkup', undefined],
      ]);
    });
  });

  describe('when a button carries unknown data', () => {
    it('says the button expired', async () => {
      await processorWith(new ScriptedTurns(reply)).process(buttonPress(4, 'something-else'));

      expect(api.callsTo('sendMessage')[0]?.payload.text).toContain('That button has expired');
      expect(lines.find((line) => line.msg === 'update handled')).toEqual(
        expect.objectContaining({ handler: 'confirm', outcome: 'expired' }),
      );
    });
  });

  describe('when a group message arrives', () => {
    it('stays silent', async () => {
      await processorWith(new ScriptedTurns(reply)).process(message(5, 'hello', 'group'));

      expect(api.calls).toEqual([]);
      expect(lines.find((line) => line.msg === 'update handled')).toEqual(
        expect.objectContaining({ handler: 'none', outcome: 'ignored', chat_ref: 'ref-100' }),
      );
    });
  });

  describe('when the user blocked the bot', () => {
    it('logs a warning and records the blocked outcome', async () => {
      api.failNext('sendMessage', {
        errorCode: 403,
        description: 'Forbidden: bot was blocked by the user',
      });

      await processorWith(new ScriptedTurns(reply)).process(message(6, 'hi'));

      expect(lines.map((line) => [line.level, line.msg, line.outcome])).toEqual([
        ['warn', 'telegram user blocked the bot', undefined],
        ['info', 'update handled', 'blocked'],
      ]);
    });
  });

  describe('when the turn fails', () => {
    it('logs the error once and tells the patient', async () => {
      await processorWith(new ScriptedTurns(new Error('model down'))).process(message(7, 'hi'));

      expect(lines.map((line) => [line.level, line.msg])).toEqual([
        ['error', 'update failed'],
        ['info', 'update handled'],
      ]);
      expect(api.callsTo('sendMessage').map((call) => call.payload.text)).toEqual([
        expect.stringContaining('something went wrong on my side'),
      ]);
    });
  });

  describe('when Telegram rate-limits a reply', () => {
    it('retries and the reply is delivered', async () => {
      api.failNext('sendMessage', {
        errorCode: 429,
        description: 'Too Many Requests',
        retryAfter: 1,
      });

      await processorWith(new ScriptedTurns(reply)).process(message(8, 'hi'));

      expect(api.callsTo('sendMessage')).toHaveLength(2);
      expect(lines.find((line) => line.msg === 'update handled')).toEqual(
        expect.objectContaining({ outcome: 'replied' }),
      );
    });
  });
});
