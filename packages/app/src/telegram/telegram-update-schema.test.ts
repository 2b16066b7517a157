import { parseTelegramUpdate, updateOrderingKey } from './telegram-update-schema';

const message = {
  update_id: 10,
  message: {
    message_id: 1,
    from: { id: 77, is_bot: false, first_name: 'Ann', language_code: 'en' },
    chat: { id: 77, first_name: 'Ann', type: 'private' },
    date: 1_767_000_000,
    text: 'hello',
  },
};

describe('parseTelegramUpdate', () => {
  describe('when the body is a Telegram message update', () => {
    it('returns it with the unread fields kept', () => {
      expect(parseTelegramUpdate(message)).toEqual({ ok: true, update: message });
    });
  });

  describe('when a field has the wrong type', () => {
    it('names the path without the value', () => {
      const bad = {
        ...message,
        message: { ...message.message, chat: { id: 'x', type: 'private' } },
      };

      expect(parseTelegramUpdate(bad)).toEqual({
        ok: false,
        problem: 'message.chat.id: Invalid input: expected number, received string',
      });
    });
  });

  describe('when the body is not an object', () => {
    it('says the body is invalid', () => {
      expect(parseTelegramUpdate('hello')).toEqual({
        ok: false,
        problem: 'body: Invalid input: expected object, received string',
      });
    });
  });
});

describe('updateOrderingKey', () => {
  describe('when the update has a chat', () => {
    it('orders by chat', () => {
      const parsed = parseTelegramUpdate(message);

      expect(parsed.ok && updateOrderingKey(parsed.update)).toBe('chat:77');
    });
  });

  describe('when a button press has no message', () => {
    it('orders by sender', () => {
      const parsed = parseTelegramUpdate({
        update_id: 11,
        callback_query: {
          id: 'q1',
          from: { id: 5, is_bot: false, first_name: 'B' },
          chat_instance: 'ci',
          data: 'rx:confirm:p1',
        },
      });

      expect(parsed.ok && updateOrderingKey(parsed.update)).toBe('user:5');
    });
  });
});
