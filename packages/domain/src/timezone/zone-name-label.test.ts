import { zoneNameLabel } from './zone-name-label';

describe('zoneNameLabel', () => {
  describe('when the zone is named after a city in the table', () => {
    it.each([
      ['Asia/Kathmandu', 'Kathmandu, Nepal (Asia/Kathmandu)'],
      ['America/New_York', 'New York, United States (America/New_York)'],
    ])('labels %s as "%s"', (timeZone, label) => {
      expect(zoneNameLabel(timeZone)).toBe(label);
    });
  });

  describe('when the zone is a fixed offset', () => {
    it('states the offset plainly', () => {
      expect(zoneNameLabel('Etc/GMT+5')).toBe('UTC\u221205:00 (fixed, no daylight saving)');
    });
  });

  describe('when no city matches the zone name', () => {
    it('keeps the zone name', () => {
      expect(zoneNameLabel('Australia/Lord_Howe')).toBe('Australia/Lord_Howe');
    });
  });
});
