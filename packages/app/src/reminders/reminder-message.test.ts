import { prescriptionFixture, sigReadingFixture } from '../storage/testing/prescription-fixture';
import {
  doseButtonData,
  parseDoseButtonData,
  reminderKeyboard,
  reminderText,
} from './reminder-message';

const SHORT_ID = 'tbxnk0.AbC_-123';

describe('reminder message', () => {
  describe('when the name already states the strength', () => {
    it('shows name and full instruction, escaped', () => {
      const rx = prescriptionFixture({
        medication: 'Amoxicillin 500 mg',
        instructionText: 'Take 1 <tablet> & rest "well"',
      });

      expect(reminderText(rx)).toBe(
        '\u23F0 <b>Time for your medicine</b>\n<b>Amoxicillin 500 mg</b>\n' +
          'Take 1 &lt;tablet&gt; &amp; rest &quot;well&quot;',
      );
    });
  });

  describe('when the name lacks the strength', () => {
    it('adds a strength line', () => {
      const rx = prescriptionFixture({
        medication: 'Amoxicillin <b>',
        sig: sigReadingFixture({ strength: { value: 250, unit: 'mg' } }),
      });

      expect(reminderText(rx)).toBe(
        '\u23F0 <b>Time for your medicine</b>\n<b>Amoxicillin &lt;b&gt;</b>\nStrength: 250 mg\n' +
          'Take 1 tablet three times a day for 7 days',
      );
    });
  });

  describe('when the keyboard is built', () => {
    it('has Taken, Snooze and Skip while snoozes remain', () => {
      expect(reminderKeyboard({ shortId: SHORT_ID, snoozeCount: 1 }).inline_keyboard).toEqual([
        [
          { text: '\u2705 Taken', callback_data: `dose:taken:${SHORT_ID}` },
          { text: '\u23F0 Snooze 15 min', callback_data: `dose:snooze:${SHORT_ID}` },
          { text: '\u23ED Skip', callback_data: `dose:skip:${SHORT_ID}` },
        ],
      ]);
    });

    it('drops Snooze after the last snooze', () => {
      const row = reminderKeyboard({ shortId: SHORT_ID, snoozeCount: 2 }).inline_keyboard[0];

      expect(row?.map((button) => button.text)).toEqual(['\u2705 Taken', '\u23ED Skip']);
    });

    it('keeps callback data within 64 bytes', () => {
      const longest = doseButtonData('snooze', 'zzzzzzzz.AbCdEfGh');

      expect(Buffer.byteLength(longest)).toBeLessThanOrEqual(64);
    });
  });

  describe('when button data is parsed', () => {
    it('reads back what we issue and refuses anything else', () => {
      expect(parseDoseButtonData(doseButtonData('skip', SHORT_ID))).toEqual({
        action: 'skip',
        shortId: SHORT_ID,
      });
      expect(parseDoseButtonData(`dose:delete:${SHORT_ID}`)).toBeNull();
      expect(parseDoseButtonData(`dose:taken:${SHORT_ID}:user-2`)).toBeNull();
    });
  });
});
