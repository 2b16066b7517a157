import { isCancelReply } from './cancel-reply';

describe('isCancelReply', () => {
  describe('when the reply cancels', () => {
    it.each(['cancel', 'Stop', 'never mind', 'Nevermind.', 'delete', 'forget it', 'cancel please'])(
      'accepts "%s"',
      (text) => {
        expect(isCancelReply(text)).toBe(true);
      },
    );
  });

  describe('when the reply is something else', () => {
    it.each(['Paracetamol', 'stop taking aspirin', 'delete my data now', 'it is paracetamol'])(
      'rejects "%s"',
      (text) => {
        expect(isCancelReply(text)).toBe(false);
      },
    );
  });
});
