import {
  KEEP_ZONE_DATA,
  parseZoneChoiceData,
  roundLocation,
  zoneChoiceKeyboard,
} from './time-zone-buttons';

const CANDIDATES = [
  { timeZone: 'Asia/Kolkata', label: 'India' },
  { timeZone: 'Europe/Dublin', label: 'Ireland' },
];

function dataOf(keyboard: ReturnType<typeof zoneChoiceKeyboard>): string[] {
  return (keyboard?.inline_keyboard ?? [])
    .flat()
    .map((button) => ('callback_data' in button ? button.callback_data : ''));
}

describe('zone choice buttons', () => {
  describe('when the source is typed text', () => {
    it('carries the index and the text, and reads back', () => {
      const data = dataOf(zoneChoiceKeyboard({ kind: 'text', text: 'IST' }, CANDIDATES));

      expect(data).toEqual(['tz:t:0:IST', 'tz:t:1:IST', KEEP_ZONE_DATA]);
      expect(data.slice(0, 2).map(parseZoneChoiceData)).toEqual([
        { source: { kind: 'text', text: 'IST' }, index: 0 },
        { source: { kind: 'text', text: 'IST' }, index: 1 },
      ]);
    });
  });

  describe('when the text would pass 64 bytes', () => {
    it('gives no keyboard', () => {
      expect(zoneChoiceKeyboard({ kind: 'text', text: 'é'.repeat(30) }, CANDIDATES)).toBeNull();
    });
  });

  describe('when the source is a location', () => {
    it('rounds it to 4 decimals and reads back', () => {
      const source = roundLocation(27.717245, 85.3239605);
      const data = dataOf(zoneChoiceKeyboard(source, CANDIDATES.slice(0, 1)));

      expect(data).toEqual(['tz:l:0:27.7172,85.324', KEEP_ZONE_DATA]);
      expect(parseZoneChoiceData(data[0] ?? '')).toEqual({
        source: { kind: 'location', latitude: 27.7172, longitude: 85.324 },
        index: 0,
      });
    });
  });

  describe('when the data is not ours', () => {
    it('reads as null', () => {
      expect(
        ['tz:x:0:a', 'tz:l:0:abc', 'tz:t:10:IST', 'rx:all:a:1'].map(parseZoneChoiceData),
      ).toEqual([null, null, null, null]);
    });
  });
});
