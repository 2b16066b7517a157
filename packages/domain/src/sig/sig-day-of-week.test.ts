import { extractDaysOfWeek } from './sig-day-of-week';

describe('extractDaysOfWeek', () => {
  describe('when the text names days', () => {
    it.each([
      ['on monday wednesdays and fridays', ['mon', 'wed', 'fri']],
      ['mon , wed , fri', ['mon', 'wed', 'fri']],
      ['once weekly on sunday', ['sun']],
      ['every sat', ['sat']],
      ['tiw m-w-f', ['mon', 'wed', 'fri']],
      ['2 tabs mwf', ['mon', 'wed', 'fri']],
      ['1 tab t/th', ['tue', 'thu']],
    ])('reads "%s"', (text, days) => {
      expect(extractDaysOfWeek(text).days).toEqual(days);
    });
  });

  describe('when the days named are left out', () => {
    it.each([
      ['daily except saturdays', ['mon', 'tue', 'wed', 'thu', 'fri', 'sun']],
      ['once a day excluding weekends', ['mon', 'tue', 'wed', 'thu', 'fri']],
      ['every day but not on tue or thu', ['mon', 'wed', 'fri', 'sat', 'sun']],
    ])('reads "%s" as the other days', (text, days) => {
      expect(extractDaysOfWeek(text).days).toEqual(days);
    });
  });

  describe('when a short form is an ordinary word', () => {
    it('reads no day', () => {
      expect(extractDaysOfWeek('avoid sun exposure').days).toBeNull();
    });
  });
});
