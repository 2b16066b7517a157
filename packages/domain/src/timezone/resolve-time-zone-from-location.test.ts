import { resolveTimeZoneFromLocation } from './resolve-time-zone-from-location';

describe('resolveTimeZoneFromLocation', () => {
  describe('when the location is clearly in one zone', () => {
    it.each([
      [51.5, -0.12, 'Europe/London', 'near London, United Kingdom (Europe/London)'],
      [40.75, -73.99, 'America/New_York', 'near New York, United States (America/New_York)'],
      [-33.87, 151.2, 'Australia/Sydney', 'near Sydney, Australia (Australia/Sydney)'],
      [
        -31.52,
        159.06,
        'Australia/Lord_Howe',
        'near Lord Howe Island, Australia (Australia/Lord_Howe)',
      ],
      [19.07, 72.87, 'Asia/Kolkata', 'near Mumbai, India (Asia/Kolkata)'],
      [27.7, 85.3, 'Asia/Kathmandu', 'near Kathmandu, Nepal (Asia/Kathmandu)'],
      [31.8, -106.4, 'America/Denver', 'near El Paso, United States (America/Denver)'],
    ])('resolves %f, %f to %s', (latitude, longitude, timeZone, label) => {
      expect(resolveTimeZoneFromLocation(latitude, longitude)).toEqual({
        kind: 'resolved',
        timeZone,
        label,
      });
    });
  });

  describe('when cities with different clocks are about as near', () => {
    it('asks which one (twin towns across the Queensland border)', () => {
      expect(resolveTimeZoneFromLocation(-28.1, 153.45)).toEqual({
        kind: 'ambiguous',
        candidates: [
          {
            timeZone: 'Australia/Brisbane',
            label: 'like Gold Coast, Australia (Australia/Brisbane)',
          },
          { timeZone: 'Australia/Sydney', label: 'like Tweed Heads, Australia (Australia/Sydney)' },
        ],
        message: 'You are near places with different clocks. Which one is yours?',
      });
    });
  });

  describe('when the coordinates are impossible', () => {
    it.each([
      [91, 0],
      [0, 181],
      [Number.NaN, 0],
    ])('rejects %f, %f', (latitude, longitude) => {
      expect(resolveTimeZoneFromLocation(latitude, longitude)).toEqual({
        kind: 'invalid',
        message: 'That location has no valid latitude and longitude.',
        suggestions: [],
      });
    });
  });
});
