import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FakeTelegramApi, RecordedTelegramCall } from '../src/testing/fake-telegram-api';
import { BundleHarness } from './bundle-harness';
import { buttonPressUpdate } from './button-press-update';
import type { RunningBundle } from './running-bundle';

const TOKEN = '7000002:E2E_COMMANDS_TOKEN_abcdefghijklmnopqrstuvw';
const WEBHOOK_SECRET = 'e2e_commands_secret-8a1c';
const PATIENT = { id: 424_243_001, is_bot: false, first_name: 'Ada', language_code: 'en' };
const FIXTURE = join(
  __dirname,
  '../../../fixtures/fhir-upstream/02_polypharmacy_mixed_schedules.json',
);
const MEDICINES = ['Metformin 500 mg', 'Atorvastatin 20 mg', 'Amoxicillin-Clavulanate 875/125 mg'];

let nextUpdateId = 820_000_000;

function messageUpdate(fields: Record<string, unknown>): Record<string, unknown> {
  nextUpdateId += 1;
  return {
    update_id: nextUpdateId,
    message: {
      message_id: nextUpdateId - 819_000_000,
      from: PATIENT,
      chat: { id: PATIENT.id, first_name: PATIENT.first_name, type: 'private' },
      date: 1_767_225_600,
      ...fields,
    },
  };
}

// Telegram marks a leading command with a bot_command entity covering it.
function commandUpdate(text: string): Record<string, unknown> {
  const length = text.split(' ')[0]?.length ?? 0;
  return messageUpdate({ text, entities: [{ offset: 0, length, type: 'bot_command' }] });
}

function buttonUpdate(reply: RecordedTelegramCall, data: string): Record<string, unknown> {
  nextUpdateId += 1;
  const callbackQueryId = `18221300558103${nextUpdateId}`;
  const press = { updateId: nextUpdateId, callbackQueryId, from: PATIENT, botId: 7000002 };
  return buttonPressUpdate(press, reply, data);
}

const keyboardSchema = z.object({
  inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string() }))),
});
const buttonsOf = (call: RecordedTelegramCall | undefined) =>
  keyboardSchema.parse(call?.payload.reply_markup).inline_keyboard.flat();
const uploadSchema = z.object({ fileName: z.string(), text: z.string() });
const bundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.object({ resource: z.looseObject({ resourceType: z.string() }) })),
});

describe('the bundle on embedded defaults: FHIR files, /timezone, /export and /forget', () => {
  let telegram: FakeTelegramApi;
  let harness: BundleHarness;
  let app: RunningBundle;

  beforeAll(async () => {
    harness = await BundleHarness.start({
      dataDirPrefix: 'cah-e2e-commands-',
      telegram: { token: TOKEN, webhookSecret: WEBHOOK_SECRET },
      env: { LOG_LEVEL: 'debug' },
    });
    ({ telegram, app } = harness);
  }, 30_000);

  afterAll(async () => {
    await harness?.stop();
  });

  async function post(update: Record<string, unknown>): Promise<number> {
    return (await harness.postUpdate(update)).status;
  }

  const toPatient = (call: RecordedTelegramCall): boolean =>
    call.method === 'sendMessage' && call.payload.chat_id === PATIENT.id;

  /** Posts an update and resolves with the next message sent to the patient. */
  async function exchange(update: Record<string, unknown>): Promise<RecordedTelegramCall> {
    const before = telegram.calls.filter(toPatient).length;
    expect(await post(update)).toBe(200);
    const calls = await telegram.waitForCalls(toPatient, before + 1);
    const reply = calls[before];
    if (reply === undefined) throw new Error('no reply');
    return reply;
  }

  function documentUpdate(fileId: string, size: number): Record<string, unknown> {
    return messageUpdate({
      document: {
        file_name: '02_polypharmacy_mixed_schedules.json',
        mime_type: 'application/json',
        file_id: fileId,
        file_unique_id: 'AgADpoly02',
        file_size: size,
      },
    });
  }

  describe('when the patient sends /timezone IST', () => {
    it('offers a button per candidate and stores nothing yet', async () => {
      const reply = await exchange(commandUpdate('/timezone IST'));

      const buttons = buttonsOf(reply);
      expect(buttons.map((b) => b.text)).toEqual([
        'India Standard Time (Asia/Kolkata)',
        'Irish Standard Time (Europe/Dublin)',
        'Israel Standard Time (Asia/Jerusalem)',
        'Keep my time zone',
      ]);
      expect(buttons.every((b) => Buffer.byteLength(b.callback_data) <= 64)).toBe(true);
      expect((await harness.scan('users')).map((u) => u.timeZone ?? null)).toEqual([null]);
    });
  });

  describe('when the patient sends /timezone Asia/Kathmandu', () => {
    it('stores the zone and tells the local time there', async () => {
      const reply = await exchange(commandUpdate('/timezone Asia/Kathmandu'));

      expect(String(reply.payload.text)).toMatch(/Asia\/Kathmandu.*It is \d{2}:\d{2} there now/);
      expect((await harness.scan('users')).map((u) => u.timeZone)).toEqual(['Asia/Kathmandu']);
    });
  });

  let proposal: RecordedTelegramCall;

  describe('when the polypharmacy bundle arrives as a .json document', () => {
    it('lists the three medicines with one Confirm all button and a Cancel button', async () => {
      const content = await readFile(FIXTURE);
      telegram.serveFile('BQACAgIAAxkBAAIBpoly02', content);

      proposal = await exchange(documentUpdate('BQACAgIAAxkBAAIBpoly02', content.byteLength));

      const text = String(proposal.payload.text);
      for (const medicine of MEDICINES) expect(text).toContain(`<b>${medicine}</b>`);
      expect(buttonsOf(proposal).map((b) => b.text)).toEqual(['Confirm all 3', 'Cancel']);
      expect(telegram.downloads.get('BQACAgIAAxkBAAIBpoly02')).toBe(1);
    });
  });

  describe('when the patient presses Confirm all', () => {
    it('stores the three prescriptions as active and plans their doses', async () => {
      const [confirmAll] = buttonsOf(proposal);

      const reply = await exchange(buttonUpdate(proposal, confirmAll?.callback_data ?? ''));

      expect(String(reply.payload.text).match(/^Saved \u2705/gm)).toHaveLength(3);
      const stored = await harness.scan('prescriptions');
      expect(stored.map((item) => item.status)).toEqual(['active', 'active', 'active']);
      expect((await harness.scan('doses')).length).toBeGreaterThan(0);
    });
  });

  describe('when the patient sends /export', () => {
    it('uploads a FHIR bundle with three MedicationRequests and an ICS calendar', async () => {
      await exchange(commandUpdate('/export'));
      const documents = await telegram.waitForCalls((c) => c.method === 'sendDocument', 2);

      const [fhir, ics] = documents.map((call) => uploadSchema.parse(call.payload.document));
      const bundle = bundleSchema.parse(JSON.parse(fhir?.text ?? ''));
      expect(
        bundle.entry.filter((e) => e.resource.resourceType === 'MedicationRequest'),
      ).toHaveLength(3);
      expect(ics?.fileName).toMatch(/\.ics$/);
      expect(ics?.text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Kathmandu');
      expect(ics?.text).toContain('RRULE:');
    });
  });

  describe('when the patient sends /forget and presses Delete everything', () => {
    it('asks first, then deletes the profile, identity, prescriptions and planned doses', async () => {
      const question = await exchange(commandUpdate('/forget'));
      expect(await harness.scan('prescriptions')).toHaveLength(3);

      const [remove] = buttonsOf(question);
      const done = await exchange(buttonUpdate(question, remove?.callback_data ?? ''));

      expect(String(done.payload.text)).toMatch(/^Done\. I deleted everything/);
      expect(await harness.scan('prescriptions')).toEqual([]);
      expect(await harness.scan('users')).toEqual([]);
      expect(await harness.scan('identities')).toEqual([]);
      expect(await harness.scan('doses')).toEqual([]);
    });
  });

  describe('when the whole run is over', () => {
    it('never logged the token, medicine names or file contents', () => {
      const everything = app.output.join('\n');

      expect(everything).not.toContain(TOKEN.split(':')[1]);
      for (const medicine of MEDICINES) expect(everything).not.toContain(medicine);
      expect(everything).not.toMatch(/metformin|twice a day/i);
      expect(
        app
          .logs()
          .filter((l) => l.msg === 'update handled')
          .map((l) => l.outcome),
      ).toEqual([
        'replied',
        'confirmed',
        'replied',
        'confirmed',
        'replied',
        'replied',
        'confirmed',
      ]);
    });
  });
});
