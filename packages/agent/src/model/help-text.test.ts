import { HELP_TEXT } from './help-text';

describe('HELP_TEXT', () => {
  describe('when shown to a new patient', () => {
    it('names every way to use the bot', () => {
      const mentions = [
        'type the prescription',
        '"my medications"',
        '"today"',
        '/timezone Europe/London',
        '"my time zone is Europe/London"',
        '/export',
        '/forget',
        'FHIR file (.json)',
      ];

      expect(mentions.filter((mention) => !HELP_TEXT.includes(mention))).toEqual([]);
    });

    it('holds no characters that need escaping in HTML', () => {
      expect(HELP_TEXT).not.toMatch(/[<>&]/);
    });
  });
});
