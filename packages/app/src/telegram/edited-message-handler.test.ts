import { EDITED_MESSAGE_REPLY, EditedMessageNotes } from './edited-message-handler';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import { PATIENT } from './testing/telegram-updates';

function editedUpdate(updateId: number, messageId: number, text: string): Record<string, unknown> {
  return {
    update_id: updateId,
    edited_message: {
      message_id: messageId,
      from: PATIENT,
      chat: { id: PATIENT.id, first_name: PATIENT.first_name, type: 'private' },
      date: 1_772_442_000,
      edit_date: 1_772_442_060,
      text,
    },
  };
}

describe('handleEditedMessage', () => {
  let harness: BotHarness;

  useBotHarness(new Date('2026-03-02T09:00:00Z'), (started) => {
    harness = started;
  });

  describe('when one message is edited twice and another once', () => {
    it('sends the note once per message and runs no turn', async () => {
      await harness.process(editedUpdate(10, 5, 'Amoxicillin 250 mg twice daily'));
      await harness.process(editedUpdate(11, 5, 'Amoxicillin 250 mg three times daily'));
      await harness.process(editedUpdate(12, 6, 'list my medicines'));

      expect(
        harness.api.calls.map((call) => [call.method, call.payload.chat_id, call.payload.text]),
      ).toEqual([
        ['sendMessage', PATIENT.id, EDITED_MESSAGE_REPLY],
        ['sendMessage', PATIENT.id, EDITED_MESSAGE_REPLY],
      ]);
      expect(
        harness.logLines
          .filter((line) => line.msg === 'update handled')
          .map((line) => [line.handler, line.outcome]),
      ).toEqual([
        ['edited', 'replied'],
        ['edited', 'ignored'],
        ['edited', 'replied'],
      ]);
    });
  });
});

describe('EditedMessageNotes', () => {
  describe('when more messages than the bound were seen', () => {
    it('forgets the oldest first', () => {
      const notes = new EditedMessageNotes(2);

      const seen = [
        notes.firstTime(1, 1),
        notes.firstTime(1, 2),
        notes.firstTime(1, 3),
        notes.firstTime(1, 3),
        notes.firstTime(1, 1),
      ];

      expect(seen).toEqual([true, true, true, false, true]);
    });
  });
});
