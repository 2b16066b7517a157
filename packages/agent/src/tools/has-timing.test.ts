import { parseSig } from '@ctrl-alt-heal/domain';

import { hasTiming } from './has-timing';

describe('hasTiming', () => {
  describe.each([
    'Prednisolone 40 mg daily for 5 days then 30 mg daily for 5 days then 20 mg daily for 5 days',
    'Take 2 tablets now then 1 tablet daily for 4 days',
    'Warfarin 5mg Mon Wed Fri and 2.5mg other days',
    'Paracetamol 1 g as needed',
  ])('when the text is "%s"', (text) => {
    it('reads it as timed', () => {
      expect(hasTiming(parseSig(text))).toBe(true);
    });
  });

  describe('when the text has a dose but no timing', () => {
    it('reads it as untimed', () => {
      expect(hasTiming(parseSig('Aspirin 75mg'))).toBe(false);
    });
  });
});
