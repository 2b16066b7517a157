import { translateForeignSigWords } from './sig-foreign-words';

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

describe('translateForeignSigWords', () => {
  describe('when the sig is Spanish, Thai or Tamil', () => {
    it.each([
      ['tome una tableta por va oral tres veces al da', 'take 1 tableta by mouth 3 times a day'],
      ['หยอดตาขวาวันละ 4 ครั้ง เช้า ก่อนนอน', 'instill eye right 4 times a day morning bedtime'],
      ['0-0-0-1 உணவுக்குப் பின் 5 நாட்கள்', '0-0-0-1 after food 5 days'],
      ['1x3 pc x 5 วัน', '1x3 pc x 5 days'],
    ])('rewrites "%s" in English', (text, english) => {
      expect(squash(translateForeignSigWords(text))).toBe(english);
    });
  });

  describe('when a Spanish instruction verb leads the sig', () => {
    it.each([
      ['tomar 2 tabletas cada 12 horas', 'take 2 tabletas every 12 hours'],
      ['aplicar 1 gota en cada ojo', 'apply 1 drop en every eye'],
      ['instilar 2 gotas por 5 días', 'instill 2 drop for 5 days'],
      ['usar 1 cápsula cada noche', 'use 1 capsule every night'],
    ])('rewrites the verb of "%s" in English', (text, english) => {
      expect(squash(translateForeignSigWords(text))).toBe(english);
    });
  });

  describe('when the sig is English', () => {
    it('leaves it alone', () => {
      expect(translateForeignSigWords('take 1 tablet daily')).toBe('take 1 tablet daily');
    });
  });
});
