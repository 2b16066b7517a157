import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecordedTelegramCall } from '../testing/fake-telegram-api';
import { BOT_REPLIES } from './bot-replies';
import { COMMAND_REPLIES } from './command-replies';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import { buttonData, buttonUpdate, messageUpdate, PATIENT } from './testing/telegram-updates';

const FIXTURE = join(
  __dirname,
  '../../../../fixtures/fhir-upstream/02_polypharmacy_mixed_schedules.json',
);
const NOW = new Date('2026-03-02T09:00:00Z');
const OTHER = { id: 600_200, is_bot: false as const, first_name: 'Bo' };
/** A user of their own, since PATIENT's medicines are already saved by the first test. */
const TWICE = { id: 600_201, is_bot: false as const, first_name: 'Tw' };

describe('handleImportBatchButton', () => {
  let harness: BotHarness;
  let nextUpdate = 100;

  useBotHarness(NOW, async (started) => {
    harness = started;
    harness.api.serveFile('f-poly', await readFile(FIXTURE));
  });

  async function importFor(sender = PATIENT): Promise<RecordedTelegramCall> {
    await harness.profiles.setTimeZone(await harness.userIdOf(sender.id), 'Europe/London');
    const before = harness.api.callsTo('sendMessage').length;
    nextUpdate += 1;
    const document = {
      file_id: 'f-poly',
      file_unique_id: 'upoly',
      file_name: 'poly.json',
      mime_type: 'application/json',
      file_size: 4000,
    };
    await harness.process(messageUpdate(nextUpdate, { document }, sender));
    const reply = harness.api.callsTo('sendMessage')[before];
    if (reply === undefined) throw new Error('no import reply');
    return reply;
  }

  async function press(reply: RecordedTelegramCall, data: string, sender = PATIENT) {
    nextUpdate += 1;
    await harness.process(buttonUpdate(nextUpdate, reply, data, sender));
    return harness.api.callsTo('sendMessage').at(-1);
  }

  describe('when the patient presses Confirm all', () => {
    it('makes exactly the three drafts active and says each is saved', async () => {
      const reply = await importFor();
      const [confirmAll = ''] = buttonData(reply);

      const answer = await press(reply, confirmAll);

      const userId = await harness.userIdOf(PATIENT.id);
      const active = await harness.prescriptions.listActive(userId);
      expect(active.map((p) => [p.medication, p.status])).toEqual([
        ['Metformin 500 mg', 'active'],
        ['Atorvastatin 20 mg', 'active'],
        ['Amoxicillin-Clavulanate 875/125 mg', 'active'],
      ]);
      expect(String(answer?.payload.text).match(/^Saved \u2705/gm)).toHaveLength(3);
      expect(harness.api.callsTo('editMessageReplyMarkup')).toHaveLength(1);
    });
  });

  describe('when the patient presses Confirm all twice', () => {
    it('answers the second press with "Already saved" and sends nothing more', async () => {
      const reply = await importFor(TWICE);
      const [confirmAll = ''] = buttonData(reply);
      await press(reply, confirmAll, TWICE);
      const sentBefore = harness.api.callsTo('sendMessage').length;

      await press(reply, confirmAll, TWICE);

      expect(harness.api.callsTo('sendMessage')).toHaveLength(sentBefore);
      expect(harness.api.callsTo('answerCallbackQuery').at(-1)?.payload.text).toBe('Already saved');
    });
  });

  describe('when another user presses the same button', () => {
    it('confirms nothing of theirs and says the button expired', async () => {
      const reply = await importFor(OTHER);
      const [confirmAll = ''] = buttonData(reply);

      const answer = await press(reply, confirmAll, PATIENT);

      expect(answer?.payload.text).toBe(BOT_REPLIES.expiredButton);
      expect(await harness.prescriptions.listActive(await harness.userIdOf(OTHER.id))).toEqual([]);
    });
  });

  describe('when the patient presses Cancel', () => {
    it('saves nothing and says so', async () => {
      const reply = await importFor(OTHER);
      const [, cancel = ''] = buttonData(reply);

      const answer = await press(reply, cancel, OTHER);

      expect(answer?.payload.text).toBe(COMMAND_REPLIES.importCancelled);
      expect(await harness.prescriptions.listActive(await harness.userIdOf(OTHER.id))).toEqual([]);
    });
  });

  describe('when the data is forged', () => {
    it('confirms nothing', async () => {
      const reply = await importFor(OTHER);

      const answer = await press(reply, 'rx:all:../x:99', OTHER);

      expect(answer?.payload.text).toBe(BOT_REPLIES.expiredButton);
    });
  });
});
