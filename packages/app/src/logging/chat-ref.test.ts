import { createChatRef } from './chat-ref';

describe('createChatRef', () => {
  describe('when the same chat is hashed twice', () => {
    it('gives the same 12-character reference without the id', () => {
      const ref = createChatRef('deployment-key');

      const first = ref(424242);

      expect(first).toBe(ref(424242));
      expect(first).toMatch(/^[0-9a-f]{12}$/);
      expect(first).not.toContain('424242');
    });
  });

  describe('when the key differs', () => {
    it('gives a different reference', () => {
      expect(createChatRef('a')(1)).not.toBe(createChatRef('b')(1));
    });
  });
});
