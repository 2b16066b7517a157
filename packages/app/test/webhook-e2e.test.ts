import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FakeTelegramApi, RecordedTelegramCall } from '../src/testing/fake-telegram-api';
import { BundleHarness } from './bundle-harness';
import { buttonPressUpdate } from './button-press-update';
import type { RunningBundle } from './running-bundle';

const TOKEN = '7000001:E2E_FAKE_TOKEN_abcdefghijklmnopqrstuvwxyz012';
const WEBHOOK_SECRET = 'e2e_webhook_secret-5f2b9c';
const PATIENT = { id: 424242001, is_bot: false, first_name: 'Ada', language_code: 'en' };
const FIXTURE = join(
  __dirname,
  '../../../fixtures/fhir-upstream/01_simple_amoxicillin_bundle.json',
);

const bundleSchema = z.object({
  entry: z.array(
    z.object({
      resource: z.looseObject({
        resourceType: z.string(),
        medicationCodeableConcept: z.object({ text: z.string() }).optional(),
        dosageInstruction: z.array(z.object({ text: z.string() })).optional(),
      }),
    }),
  ),
});

// The fixture request's medicationCodeableConcept.text, a colon, then dosageInstruction[0].text.
async function fixturePrescriptionText(): Promise<string> {
  const bundle = bundleSchema.parse(JSON.parse(await readFile(FIXTURE, 'utf8')));
  const request = bundle.entry.find((e) => e.resource.resourceType === 'MedicationRequest');
  const medication = request?.resource.medicationCodeableConcept?.text;
  const instruction = request?.resource.dosageInstruction?.[0]?.text;
  if (medication === undefined || instruction === undefined) throw new Error('fixture changed');
  return `${medication}: ${instruction}`;
}

function textUpdate(updateId: number, text: string, from = PATIENT): Record<string, unknown> {
  return {
    update_id: updateId,
    message: {
      message_id: updateId - 500_000,
      from,
      chat: { id: from.id, first_name: from.first_name, type: 'private' },
      date: 1_767_225_600,
      text,
    },
  };
}

function buttonUpdate(
  updateId: number,
  reply: RecordedTelegramCall,
  data: string,
): Record<string, unknown> {
  const press = { updateId, callbackQueryId: '1822130055810392001', from: PATIENT, botId: 7000001 };
  return buttonPressUpdate(press, reply, data);
}

const keyboardSchema = z.object({
  inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string() }))),
});

describe('the bundle on embedded defaults, driven through /webhook', () => {
  let telegram: FakeTelegramApi;
  let harness: BundleHarness;
  let app: RunningBundle;
  let prescriptionText: string;

  beforeAll(async () => {
    prescriptionText = await fixturePrescriptionText();
    harness = await BundleHarness.start({
      dataDirPrefix: 'cah-e2e-',
      telegram: { token: TOKEN, webhookSecret: WEBHOOK_SECRET },
      env: { LOG_LEVEL: 'debug' },
    });
    ({ telegram, app } = harness);
  }, 30_000);

  afterAll(async () => {
    await harness?.stop();
  });

  const post = (body: unknown, secret?: string): Promise<Response> =>
    harness.postUpdate(body, secret);

  const toPatient = (call: RecordedTelegramCall): boolean =>
    call.method === 'sendMessage' && call.payload.chat_id === PATIENT.id;

  let proposal: RecordedTelegramCall;

  describe('when the patient types the fixture prescription', () => {
    it('answers 200 and sends a reply naming amoxicillin, three daily times and a confirm button', async () => {
      const response = await post(textUpdate(810_000_001, prescriptionText));

      [proposal] = (await telegram.waitForCalls(toPatient, 1)) as [RecordedTelegramCall];

      expect(response.status).toBe(200);
      const text = String(proposal.payload.text);
      expect(text).toMatch(/amoxicillin/i);
      expect(new Set(text.match(/\b\d{2}:\d{2}\b/g)).size).toBe(3);
      expect(proposal.payload.parse_mode).toBe('HTML');
      const buttons = keyboardSchema.parse(proposal.payload.reply_markup).inline_keyboard.flat();
      expect(buttons).toEqual([
        {
          text: expect.stringMatching(/confirm/i) as unknown,
          callback_data: expect.stringMatching(/^rx:confirm:/) as unknown,
        },
      ]);
      expect(telegram.callsTo('sendChatAction')[0]?.payload).toEqual({
        chat_id: PATIENT.id,
        action: 'typing',
      });
    });
  });

  describe('when the patient presses the confirm button', () => {
    it('stores the active prescription in the embedded DynamoDB and confirms', async () => {
      const data =
        keyboardSchema.parse(proposal.payload.reply_markup).inline_keyboard[0]?.[0]
          ?.callback_data ?? '';

      const response = await post(buttonUpdate(810_000_002, proposal, data));
      const [, confirmation] = await telegram.waitForCalls(toPatient, 2);

      expect(response.status).toBe(200);
      expect(String(confirmation?.payload.text)).toMatch(/^Saved .*Amoxicillin/);
      expect(
        telegram.callsTo('answerCallbackQuery').map((c) => c.payload.callback_query_id),
      ).toEqual(['1822130055810392001']);
      expect(
        (await harness.scan('prescriptions')).map((item) => [item.prescriptionId, item.status]),
      ).toEqual([[data.slice('rx:confirm:'.length), 'active']]);
    });
  });

  describe('when Telegram redelivers both updates', () => {
    it('answers 200, sends nothing more and stores no second prescription', async () => {
      const data =
        keyboardSchema.parse(proposal.payload.reply_markup).inline_keyboard[0]?.[0]
          ?.callback_data ?? '';

      const statuses = [
        (await post(textUpdate(810_000_001, prescriptionText))).status,
        (await post(buttonUpdate(810_000_002, proposal, data))).status,
      ];
      // Turns of one chat run in order, so once /help is answered any duplicate would have been.
      await post(textUpdate(810_000_003, '/help'));
      await telegram.waitForCalls(toPatient, 3);

      expect(statuses).toEqual([200, 200]);
      const texts = telegram.calls.filter(toPatient).map((call) => String(call.payload.text));
      expect(texts).toHaveLength(3);
      expect(texts[0]).toBe(proposal.payload.text);
      expect(texts[1]).toMatch(/^Saved \u2705 <b>Amoxicillin/);
      expect(texts[2]).toMatch(/^Here is how I can help you/);
      expect(await harness.scan('prescriptions')).toHaveLength(1);
    });
  });

  describe('when the secret is wrong or the body malformed', () => {
    it('answers 401 or 400 and stores nothing', async () => {
      const before = (await harness.scan('processedUpdates')).length;

      const wrong = await post(textUpdate(810_000_004, 'hello'), 'not-the-secret');
      const malformed = await post('{"update_id": 810000005, "message": ');

      expect([wrong.status, malformed.status]).toEqual([401, 400]);
      expect(await malformed.json()).toEqual({ error: 'request body is not valid JSON' });
      expect((await harness.scan('processedUpdates')).length).toBe(before);
    });
  });

  describe('when SIGTERM arrives in the middle of a turn', () => {
    it('refuses new updates, finishes the turns in flight, sends their replies and exits 0', async () => {
      const other = { id: 424242777, is_bot: false, first_name: 'Bo', language_code: 'en' };
      const latecomer = { id: 424242888, is_bot: false, first_name: 'Cy', language_code: 'en' };
      const toOther = (call: RecordedTelegramCall): boolean =>
        call.method === 'sendMessage' && call.payload.chat_id === other.id;
      telegram.delayNext('sendMessage', 1500);

      await post(textUpdate(810_000_010, prescriptionText, other));
      await telegram.waitForCalls(toOther, 1);
      await post(textUpdate(810_000_011, '/help', other));
      app.signal('SIGTERM');
      await app.waitForLog((line) => line.msg === 'shutdown started');
      const lateAnswer = await post(textUpdate(810_000_012, 'hello', latecomer)).then(
        (response) => response.status,
        () => 'connection refused',
      );
      const exitCode = await app.exitCode();

      expect(exitCode).toBe(0);
      expect([503, 'connection refused']).toContain(lateAnswer);
      expect(telegram.calls.filter((call) => call.payload.chat_id === latecomer.id)).toEqual([]);
      expect(telegram.calls.filter(toOther).map((call) => call.answered)).toEqual([true, true]);
      expect(
        app
          .logs()
          .filter(
            (l) =>
              l.msg === 'update handled' &&
              [810_000_010, 810_000_011].includes(Number(l.update_id)),
          )
          .map((l) => l.outcome),
      ).toEqual(['replied', 'replied']);
      expect(app.logs().find((l) => l.msg === 'shutdown finished')).toEqual(
        expect.objectContaining({ drained: true }),
      );
    });
  });

  describe('when the whole run is over', () => {
    it('never logged the token, the webhook secret or what the patient typed', () => {
      const everything = app.output.join('\n');

      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain(TOKEN.split(':')[1]);
      expect(everything).not.toContain(WEBHOOK_SECRET);
      expect(everything).not.toMatch(/amoxicillin/i);
      expect(everything).not.toContain('three times daily');
      expect(app.logs().filter((l) => l.msg === 'update handled')).toHaveLength(5);
    });
  });
});
