import { prescriptionFixture } from '../storage/testing/prescription-fixture';
import { COMMAND_REPLIES } from './command-replies';
import { FORGET_CANCEL_DATA, FORGET_CONFIRM_DATA } from './forget-command';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import {
  buttonData,
  buttonTexts,
  buttonUpdate,
  messageUpdate,
  PATIENT,
} from './testing/telegram-updates';

const NOW = new Date('2026-03-02T09:00:00Z');
const STRANGER = { id: 600_300, is_bot: false as const, first_name: 'Cy' };

describe('the /forget flow', () => {
  let harness: BotHarness;
  let userId: string;

  useBotHarness(NOW, async (started) => {
    harness = started;
    userId = await harness.userIdOf(PATIENT.id);
    await harness.profiles.setTimeZone(userId, 'Europe/London');
    await harness.prescriptions.saveDraft(userId, prescriptionFixture({ prescriptionId: 'rx-f' }));
    await harness.prescriptions.confirm(userId, 'rx-f');
    await harness.uploads.put(userId, 'b1.json', new Uint8Array([123, 125]), 'application/json');
  });

  const ask = async (updateId: number) => {
    await harness.process(
      messageUpdate(updateId, {
        text: '/forget',
        entities: [{ type: 'bot_command', offset: 0, length: 7 }],
      }),
    );
    return harness.api.callsTo('sendMessage').at(-1);
  };

  const stillThere = async (): Promise<boolean> =>
    (await harness.prescriptions.get(userId, 'rx-f')) !== null;

  describe('when the patient sends /forget', () => {
    it('asks with two buttons and deletes nothing', async () => {
      const reply = await ask(1);

      expect(reply?.payload.text).toBe(COMMAND_REPLIES.forgetAsk);
      expect(buttonTexts(reply)).toEqual(['Delete everything', 'Keep my data']);
      expect(buttonData(reply)).toEqual([FORGET_CONFIRM_DATA, FORGET_CANCEL_DATA]);
      expect(await stillThere()).toBe(true);
    });
  });

  describe('when the patient presses Keep my data', () => {
    it('deletes nothing', async () => {
      const reply = await ask(2);

      await harness.process(buttonUpdate(3, reply!, FORGET_CANCEL_DATA));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        COMMAND_REPLIES.forgetKept,
      );
      expect(await stillThere()).toBe(true);
    });
  });

  describe('when someone else presses Delete everything under the patient\u2019s message', () => {
    it('deletes nothing', async () => {
      const reply = await ask(4);

      await harness.process(buttonUpdate(5, reply!, FORGET_CONFIRM_DATA, STRANGER));

      expect(await stillThere()).toBe(true);
      expect(await harness.profiles.get(userId)).not.toBeNull();
    });
  });

  describe('when the patient presses Delete everything', () => {
    it('deletes the profile, prescriptions, uploads and identity, then confirms', async () => {
      const reply = await ask(6);

      await harness.process(buttonUpdate(7, reply!, FORGET_CONFIRM_DATA));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        COMMAND_REPLIES.forgetDone,
      );
      expect(await stillThere()).toBe(false);
      expect(await harness.profiles.get(userId)).toBeNull();
      expect(await harness.uploads.get(userId, 'b1.json')).toBeNull();
      expect(await harness.userIdOf(PATIENT.id)).not.toBe(userId);
    });
  });
});
