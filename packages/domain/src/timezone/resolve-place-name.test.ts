import { resolvePlaceName } from './resolve-place-name';

describe('resolvePlaceName', () => {
  describe('when the name is one city', () => {
    it.each([
      ['London', 'Europe/London', 'London, United Kingdom (Europe/London)'],
      ['london, uk', 'Europe/London', 'London, United Kingdom (Europe/London)'],
      ["St. John's", 'America/St_Johns', "St. John's, Canada (America/St_Johns)"],
      ['saint petersburg', 'Europe/Moscow', 'Saint Petersburg, Russia (Europe/Moscow)'],
      [
        'Lord Howe Island',
        'Australia/Lord_Howe',
        'Lord Howe Island, Australia (Australia/Lord_Howe)',
      ],
      ['Bombay', 'Asia/Kolkata', 'Mumbai, India (Asia/Kolkata)'],
      ['London UK', 'Europe/London', 'London, United Kingdom (Europe/London)'],
      ['San Jose Costa Rica', 'America/Costa_Rica', 'San José, Costa Rica (America/Costa_Rica)'],
      ['New York', 'America/New_York', 'New York, United States (America/New_York)'],
    ])('resolves "%s"', (input, timeZone, label) => {
      expect(resolvePlaceName(input)).toEqual({ kind: 'resolved', timeZone, label });
    });
  });

  describe('when the name is a country', () => {
    it('resolves a one-zone country', () => {
      expect(resolvePlaceName('Nepal')).toEqual({
        kind: 'resolved',
        timeZone: 'Asia/Kathmandu',
        label: 'Nepal (Asia/Kathmandu)',
      });
    });

    it('resolves a country whose zones keep the same clock', () => {
      expect(resolvePlaceName('Malaysia')).toEqual({
        kind: 'resolved',
        timeZone: 'Asia/Kuala_Lumpur',
        label: 'Malaysia (Asia/Kuala_Lumpur)',
      });
    });

    it('asks about a country with several clocks, east to west', () => {
      const result = resolvePlaceName('USA');

      expect(result).toEqual({
        kind: 'ambiguous',
        candidates: [
          { timeZone: 'America/New_York', label: 'United States: New York (America/New_York)' },
          { timeZone: 'America/Chicago', label: 'United States: Chicago (America/Chicago)' },
          { timeZone: 'America/Denver', label: 'United States: Denver (America/Denver)' },
          { timeZone: 'America/Phoenix', label: 'United States: Phoenix (America/Phoenix)' },
          {
            timeZone: 'America/Los_Angeles',
            label: 'United States: Los Angeles (America/Los_Angeles)',
          },
          { timeZone: 'America/Anchorage', label: 'United States: Anchorage (America/Anchorage)' },
          { timeZone: 'Pacific/Honolulu', label: 'United States: Honolulu (Pacific/Honolulu)' },
        ],
        message: 'United States has several time zones. Which one is yours?',
      });
    });
  });

  describe('when the name fits places with different clocks', () => {
    it('asks between the country Georgia and the US state', () => {
      expect(resolvePlaceName('Georgia')).toEqual({
        kind: 'ambiguous',
        candidates: [
          { timeZone: 'Asia/Tbilisi', label: 'Georgia (Asia/Tbilisi)' },
          { timeZone: 'America/New_York', label: 'Georgia, United States (America/New_York)' },
        ],
        message: '"Georgia" could mean places with different clocks. Which one is yours?',
      });
    });

    it('asks which part of a state split between zones', () => {
      expect(resolvePlaceName('Texas')).toEqual({
        kind: 'ambiguous',
        candidates: [
          {
            timeZone: 'America/Chicago',
            label: 'Texas, United States: most of the state (America/Chicago)',
          },
          {
            timeZone: 'America/Denver',
            label: 'Texas, United States: far west Texas (El Paso) (America/Denver)',
          },
        ],
        message: '"Texas" could mean places with different clocks. Which one is yours?',
      });
    });

    it('asks between two cities of the same name', () => {
      const result = resolvePlaceName('San Jose');

      expect(result?.kind === 'ambiguous' && result.candidates.map((c) => c.timeZone)).toEqual([
        'America/Los_Angeles',
        'America/Costa_Rica',
      ]);
    });
  });

  describe('when the name is unknown', () => {
    it('returns null', () => {
      expect(resolvePlaceName('Atlantis')).toBeNull();
      expect(resolvePlaceName('!!!')).toBeNull();
    });
  });
});
