import type { DoseItem } from '../reminders/dose-item';
import { prescriptionFixture } from '../storage/testing/prescription-fixture';
import { COMMAND_REPLIES } from './command-replies';
import { STOP_KEEP_DATA } from './stop-buttons';
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
const STRANGER = { id: 600_301, is_bot: false as const, first_name: 'Cy' };

function plannedDose(userId: string, prescriptionId: string, dueAt: string): DoseItem {
  return {
    userId,
    doseKey: `${dueAt}#${prescriptionId}#0`,
    dueAt,
    dueHour: dueAt.slice(0, 13),
    prescriptionId,
    shortId: `${prescriptionId}-${dueAt.slice(11, 13)}`,
    status: 'planned',
    snoozeCount: 0,
    expiresAt: 1_800_000_000,
  };
}

describe('the /stop flow', () => {
  let harness: BotHarness;
  let userId: string;

  useBotHarness(NOW, async (started) => {
    harness = started;
    userId = await harness.userIdOf(PATIENT.id);
    await harness.profiles.setTimeZone(userId, 'Europe/London');
    for (const [id, medication, createdAt] of [
      ['rx-warf', 'Warfarin 5 mg', '2026-03-01T08:00:00.000Z'],
      ['rx-amox', 'Amoxicillin 500 mg', '2026-03-01T09:00:00.000Z'],
    ] as const) {
      await harness.prescriptions.saveDraft(
        userId,
        prescriptionFixture({ prescriptionId: id, medication, createdAt }),
      );
      await harness.prescriptions.confirm(userId, id);
      await harness.doses.putIfAbsent(plannedDose(userId, id, '2026-03-02T14:00:00.000Z'));
      await harness.doses.putIfAbsent({
        ...plannedDose(userId, id, '2026-03-02T09:10:00.000Z'),
        doseKey: `2026-03-02T09:10:00.000Z#${id}#0z1`,
        snoozeCount: 1,
      });
    }
  });

  const send = async (updateId: number) => {
    await harness.process(
      messageUpdate(updateId, {
        text: '/stop',
        entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      }),
    );
    return harness.api.callsTo('sendMessage').at(-1);
  };
  const activeIds = async (): Promise<string[]> =>
    (await harness.prescriptions.listActive(userId)).map((rx) => rx.prescriptionId).sort();
  const doseRxIds = async (): Promise<string[]> =>
    [...(await harness.doses.keysBetween(userId, NOW.toISOString(), '2026-03-09'))]
      .map((key) => key.split('#')[1] ?? '')
      .sort();

  describe('when the patient sends /stop', () => {
    it('lists each active medicine as a button and stops nothing', async () => {
      const reply = await send(1);

      expect(reply?.payload.text).toBe(COMMAND_REPLIES.stopWhich);
      expect(buttonTexts(reply).sort()).toEqual(['Amoxicillin 500 mg', 'Warfarin 5 mg']);
      expect(buttonData(reply).sort()).toEqual(['rx:stop:rx-amox', 'rx:stop:rx-warf']);
      expect(await activeIds()).toEqual(['rx-amox', 'rx-warf']);
    });
  });

  describe('when the patient presses a medicine, then Keep it', () => {
    it('asks for confirmation and stops nothing', async () => {
      const list = await send(2);
      await harness.process(buttonUpdate(3, list!, 'rx:stop:rx-warf'));
      const ask = harness.api.callsTo('sendMessage').at(-1);

      expect(ask?.payload.text).toBe('Stop <b>Warfarin 5 mg</b>? Reminders for it end now.');
      expect(buttonTexts(ask)).toEqual(['Yes, stop it', 'Keep it']);
      expect(buttonData(ask)).toEqual(['rx:stopy:rx-warf', STOP_KEEP_DATA]);

      await harness.process(buttonUpdate(4, ask!, STOP_KEEP_DATA));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        COMMAND_REPLIES.stopKept,
      );
      expect(await activeIds()).toEqual(['rx-amox', 'rx-warf']);
    });
  });

  describe('when another user presses Yes, stop it', () => {
    it('stops nothing of the patient', async () => {
      const list = await send(5);

      await harness.process(buttonUpdate(6, list!, 'rx:stopy:rx-warf', STRANGER));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        COMMAND_REPLIES.stopExpired,
      );
      expect(await activeIds()).toEqual(['rx-amox', 'rx-warf']);
      expect(await doseRxIds()).toEqual(['rx-amox', 'rx-amox', 'rx-warf', 'rx-warf']);
    });
  });

  describe('when the patient confirms stopping one of two medicines', () => {
    it('stops it, deletes its planned and snoozed doses and leaves the other', async () => {
      const list = await send(7);

      await harness.process(buttonUpdate(8, list!, 'rx:stopy:rx-warf'));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        'Stopped <b>Warfarin 5 mg</b>. No more reminders for it.',
      );
      expect(await activeIds()).toEqual(['rx-amox']);
      expect((await harness.prescriptions.get(userId, 'rx-warf'))?.status).toBe('stopped');
      expect(await doseRxIds()).toEqual(['rx-amox', 'rx-amox']);
    });
  });

  describe('when the patient confirms again', () => {
    it('says it is already stopped', async () => {
      const list = await send(9);

      await harness.process(buttonUpdate(10, list!, 'rx:stopy:rx-warf'));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        '<b>Warfarin 5 mg</b> is already stopped.',
      );
      expect(await activeIds()).toEqual(['rx-amox']);
    });
  });
});
