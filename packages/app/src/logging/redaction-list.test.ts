import { RedactionList } from './redaction-list';

describe('RedactionList', () => {
  describe('when a value is too short to be a secret', () => {
    it('leaves text unchanged', () => {
      const list = new RedactionList();
      list.add('abc');

      expect(list.apply('abc abc')).toBe('abc abc');
    });
  });

  describe('when several secrets are known', () => {
    it('replaces each occurrence of each', () => {
      const list = new RedactionList();
      list.add('secret-one');
      list.add('secret-two');
      list.add(null);

      expect(list.apply('a secret-one b secret-two c secret-one')).toBe(
        'a [redacted] b [redacted] c [redacted]',
      );
    });
  });
});
