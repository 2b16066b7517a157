import { prescriptionFixture } from '../storage/testing/prescription-fixture';
import {
  parseStopData,
  resolveStopRef,
  STOP_ASK_PREFIX,
  STOP_KEEP_DATA,
  STOP_YES_PREFIX,
  stopButtonData,
} from './stop-buttons';

const LONG_ID = 'x'.repeat(70);

describe('stopButtonData', () => {
  describe('when the id fits in 64 bytes', () => {
    it('carries the id itself', () => {
      expect(stopButtonData(STOP_ASK_PREFIX, 'rx-1', 0)).toBe('rx:stop:rx-1');
    });
  });

  describe('when the id is too long', () => {
    it('carries the index and the id start, within 64 bytes', () => {
      const data = stopButtonData(STOP_YES_PREFIX, LONG_ID, 3);

      expect(data).toBe(`rx:stopy:#3:${'x'.repeat(24)}`);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    });
  });
});

describe('parseStopData and resolveStopRef', () => {
  const first = prescriptionFixture({ prescriptionId: 'a'.repeat(70) });
  const second = prescriptionFixture({ prescriptionId: LONG_ID });

  describe('when an index reference still names the same medicine', () => {
    it('resolves to it', () => {
      const choice = parseStopData(stopButtonData(STOP_YES_PREFIX, LONG_ID, 1));

      expect(choice).toEqual({
        kind: 'yes',
        ref: { kind: 'index', index: 1, idPrefix: 'x'.repeat(24) },
      });
      expect(choice?.kind === 'yes' && resolveStopRef(choice.ref, [first, second])).toBe(second);
    });
  });

  describe('when the list shifted under an index reference', () => {
    it('resolves to nothing', () => {
      const choice = parseStopData(stopButtonData(STOP_YES_PREFIX, LONG_ID, 0));

      expect(choice?.kind === 'yes' && resolveStopRef(choice.ref, [first, second])).toBeNull();
    });
  });

  describe('when the data is Keep it or unknown', () => {
    it('reads keep, or null', () => {
      expect(parseStopData(STOP_KEEP_DATA)).toEqual({ kind: 'keep' });
      expect(parseStopData('rx:stop:')).toBeNull();
      expect(parseStopData('other')).toBeNull();
    });
  });
});
