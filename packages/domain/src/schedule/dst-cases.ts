import type { DosePattern } from './dose-schedule';
import type { InstantRange } from './expand-doses';

/**
 * One daylight-saving case that `expand-doses.test.ts` proves: a single-pattern schedule starting
 * on `startDate` in `timeZone`, expanded over `range`, must give exactly the `expected` UTC
 * instants. Kept as data so the same table can be printed for release notes.
 */
export interface DstCase {
  readonly timeZone: string;
  readonly name: string;
  readonly pattern: DosePattern;
  readonly startDate: string;
  readonly range: InstantRange;
  readonly expected: readonly string[];
}

const daily = (...times: string[]): DosePattern => ({ kind: 'daily', times, everyNDays: 1 });
const every8Hours: DosePattern = { kind: 'interval', firstTime: '08:00', everyHours: 8 };

/**
 * The daylight-saving table (2026 transitions): for each zone a time inside the spring-forward
 * gap (fires at the shifted, later time), a repeated fall-back time (fires once, the earlier
 * instant), a daily 08:00 dose (stays 08:00 local) and an 8-hourly interval (exact hours across
 * the change). America/Santiago changes its clocks at midnight. Asia/Kolkata (+05:30) and
 * Asia/Kathmandu (+05:45) have no daylight saving and check the half- and quarter-hour offsets
 * and the midnight boundary.
 */
export const DST_CASES: readonly DstCase[] = [
  // Europe/London: +00:00 → +01:00 at 01:00 on 29 March; back at 02:00 BST on 25 October.
  {
    timeZone: 'Europe/London',
    name: 'gap: 01:30 daily fires at 02:30 BST on 29 March',
    pattern: daily('01:30'),
    startDate: '2026-03-28',
    range: { from: '2026-03-28T00:00:00Z', to: '2026-03-31T00:00:00Z' },
    expected: ['2026-03-28T01:30:00Z', '2026-03-29T01:30:00Z', '2026-03-30T00:30:00Z'],
  },
  {
    timeZone: 'Europe/London',
    name: 'fall-back: 01:30 daily fires once on 25 October',
    pattern: daily('01:30'),
    startDate: '2026-10-24',
    range: { from: '2026-10-24T00:00:00Z', to: '2026-10-27T00:00:00Z' },
    expected: ['2026-10-24T00:30:00Z', '2026-10-25T00:30:00Z', '2026-10-26T01:30:00Z'],
  },
  {
    timeZone: 'Europe/London',
    name: 'daily 08:00 stays 08:00 across 29 March',
    pattern: daily('08:00'),
    startDate: '2026-03-28',
    range: { from: '2026-03-28T00:00:00Z', to: '2026-03-31T00:00:00Z' },
    expected: ['2026-03-28T08:00:00Z', '2026-03-29T07:00:00Z', '2026-03-30T07:00:00Z'],
  },
  {
    timeZone: 'Europe/London',
    name: 'every 8 hours from 08:00 steps 8 real hours across 29 March',
    pattern: every8Hours,
    startDate: '2026-03-28',
    range: { from: '2026-03-28T00:00:00Z', to: '2026-03-29T17:00:00Z' },
    expected: [
      '2026-03-28T08:00:00Z',
      '2026-03-28T16:00:00Z',
      '2026-03-29T00:00:00Z',
      '2026-03-29T08:00:00Z',
      '2026-03-29T16:00:00Z',
    ],
  },
  // America/New_York: -05:00 → -04:00 at 02:00 on 8 March; back at 02:00 EDT on 1 November.
  {
    timeZone: 'America/New_York',
    name: 'gap: 02:30 daily fires at 03:30 EDT on 8 March',
    pattern: daily('02:30'),
    startDate: '2026-03-07',
    range: { from: '2026-03-07T00:00:00Z', to: '2026-03-10T00:00:00Z' },
    expected: ['2026-03-07T07:30:00Z', '2026-03-08T07:30:00Z', '2026-03-09T06:30:00Z'],
  },
  {
    timeZone: 'America/New_York',
    name: 'fall-back: 01:30 daily fires once on 1 November',
    pattern: daily('01:30'),
    startDate: '2026-10-31',
    range: { from: '2026-10-31T00:00:00Z', to: '2026-11-03T00:00:00Z' },
    expected: ['2026-10-31T05:30:00Z', '2026-11-01T05:30:00Z', '2026-11-02T06:30:00Z'],
  },
  {
    timeZone: 'America/New_York',
    name: 'daily 08:00 stays 08:00 across 1 November',
    pattern: daily('08:00'),
    startDate: '2026-10-31',
    range: { from: '2026-10-31T00:00:00Z', to: '2026-11-03T00:00:00Z' },
    expected: ['2026-10-31T12:00:00Z', '2026-11-01T13:00:00Z', '2026-11-02T13:00:00Z'],
  },
  {
    timeZone: 'America/New_York',
    name: 'every 8 hours from 08:00 steps 8 real hours across 8 March',
    pattern: every8Hours,
    startDate: '2026-03-07',
    range: { from: '2026-03-07T00:00:00Z', to: '2026-03-08T22:00:00Z' },
    expected: [
      '2026-03-07T13:00:00Z',
      '2026-03-07T21:00:00Z',
      '2026-03-08T05:00:00Z',
      '2026-03-08T13:00:00Z',
      '2026-03-08T21:00:00Z',
    ],
  },
  // Australia/Sydney: +11:00 → +10:00 at 03:00 on 5 April; +10:00 → +11:00 at 02:00 on 4 October.
  {
    timeZone: 'Australia/Sydney',
    name: 'gap: 02:30 daily fires at 03:30 AEDT on 4 October',
    pattern: daily('02:30'),
    startDate: '2026-10-03',
    range: { from: '2026-10-02T00:00:00Z', to: '2026-10-05T00:00:00Z' },
    expected: ['2026-10-02T16:30:00Z', '2026-10-03T16:30:00Z', '2026-10-04T15:30:00Z'],
  },
  {
    timeZone: 'Australia/Sydney',
    name: 'fall-back: 02:30 daily fires once on 5 April',
    pattern: daily('02:30'),
    startDate: '2026-04-04',
    range: { from: '2026-04-03T00:00:00Z', to: '2026-04-06T00:00:00Z' },
    expected: ['2026-04-03T15:30:00Z', '2026-04-04T15:30:00Z', '2026-04-05T16:30:00Z'],
  },
  {
    timeZone: 'Australia/Sydney',
    name: 'daily 08:00 stays 08:00 across 5 April',
    pattern: daily('08:00'),
    startDate: '2026-04-04',
    range: { from: '2026-04-03T00:00:00Z', to: '2026-04-06T00:00:00Z' },
    expected: ['2026-04-03T21:00:00Z', '2026-04-04T22:00:00Z', '2026-04-05T22:00:00Z'],
  },
  {
    timeZone: 'Australia/Sydney',
    name: 'every 8 hours from 08:00 steps 8 real hours across 5 April',
    pattern: every8Hours,
    startDate: '2026-04-04',
    range: { from: '2026-04-03T00:00:00Z', to: '2026-04-05T06:00:00Z' },
    expected: [
      '2026-04-03T21:00:00Z',
      '2026-04-04T05:00:00Z',
      '2026-04-04T13:00:00Z',
      '2026-04-04T21:00:00Z',
      '2026-04-05T05:00:00Z',
    ],
  },
  // Australia/Lord_Howe: a 30-minute change. +11:00 → +10:30 at 02:00 on 5 April (01:30–02:00
  // happens twice); +10:30 → +11:00 at 02:00 on 4 October (02:00–02:30 never happens).
  {
    timeZone: 'Australia/Lord_Howe',
    name: 'gap: 02:15 daily fires at 02:45 on 4 October',
    pattern: daily('02:15'),
    startDate: '2026-10-03',
    range: { from: '2026-10-02T00:00:00Z', to: '2026-10-05T00:00:00Z' },
    expected: ['2026-10-02T15:45:00Z', '2026-10-03T15:45:00Z', '2026-10-04T15:15:00Z'],
  },
  {
    timeZone: 'Australia/Lord_Howe',
    name: 'fall-back: 01:45 daily fires once on 5 April',
    pattern: daily('01:45'),
    startDate: '2026-04-04',
    range: { from: '2026-04-03T00:00:00Z', to: '2026-04-06T00:00:00Z' },
    expected: ['2026-04-03T14:45:00Z', '2026-04-04T14:45:00Z', '2026-04-05T15:15:00Z'],
  },
  {
    timeZone: 'Australia/Lord_Howe',
    name: 'daily 08:00 stays 08:00 across 4 October',
    pattern: daily('08:00'),
    startDate: '2026-10-03',
    range: { from: '2026-10-02T00:00:00Z', to: '2026-10-05T00:00:00Z' },
    expected: ['2026-10-02T21:30:00Z', '2026-10-03T21:00:00Z', '2026-10-04T21:00:00Z'],
  },
  {
    timeZone: 'Australia/Lord_Howe',
    name: 'every 8 hours from 08:00 steps 8 real hours across 4 October',
    pattern: every8Hours,
    startDate: '2026-10-03',
    range: { from: '2026-10-02T00:00:00Z', to: '2026-10-04T06:00:00Z' },
    expected: [
      '2026-10-02T21:30:00Z',
      '2026-10-03T05:30:00Z',
      '2026-10-03T13:30:00Z',
      '2026-10-03T21:30:00Z',
      '2026-10-04T05:30:00Z',
    ],
  },
  // America/Santiago changes at midnight: -03:00 → -04:00 at 00:00 on 5 April (23:00–24:00 on
  // 4 April happens twice); -04:00 → -03:00 at 00:00 on 6 September (00:00–01:00 never happens).
  {
    timeZone: 'America/Santiago',
    name: 'midnight gap: 00:00 daily fires at 01:00 on 6 September',
    pattern: daily('00:00'),
    startDate: '2026-09-05',
    range: { from: '2026-09-05T00:00:00Z', to: '2026-09-08T00:00:00Z' },
    expected: ['2026-09-05T04:00:00Z', '2026-09-06T04:00:00Z', '2026-09-07T03:00:00Z'],
  },
  {
    timeZone: 'America/Santiago',
    name: 'fall-back before midnight: 23:30 daily fires once on 4 April',
    pattern: daily('23:30'),
    startDate: '2026-04-03',
    range: { from: '2026-04-03T00:00:00Z', to: '2026-04-07T00:00:00Z' },
    expected: ['2026-04-04T02:30:00Z', '2026-04-05T02:30:00Z', '2026-04-06T03:30:00Z'],
  },
  // Asia/Kolkata: +05:30 all year.
  {
    timeZone: 'Asia/Kolkata',
    name: 'midnight and 08:00 daily at +05:30',
    pattern: daily('00:00', '08:00'),
    startDate: '2026-03-29',
    range: { from: '2026-03-28T00:00:00Z', to: '2026-03-30T12:00:00Z' },
    expected: [
      '2026-03-28T18:30:00Z',
      '2026-03-29T02:30:00Z',
      '2026-03-29T18:30:00Z',
      '2026-03-30T02:30:00Z',
    ],
  },
  {
    timeZone: 'Asia/Kolkata',
    name: 'every 8 hours from 08:00 at +05:30',
    pattern: every8Hours,
    startDate: '2026-03-29',
    range: { from: '2026-03-29T00:00:00Z', to: '2026-03-30T00:00:00Z' },
    expected: ['2026-03-29T02:30:00Z', '2026-03-29T10:30:00Z', '2026-03-29T18:30:00Z'],
  },
  // Asia/Kathmandu: +05:45 all year.
  {
    timeZone: 'Asia/Kathmandu',
    name: 'daily 08:00 and 23:45 at +05:45',
    pattern: daily('08:00', '23:45'),
    startDate: '2026-10-25',
    range: { from: '2026-10-25T00:00:00Z', to: '2026-10-26T03:00:00Z' },
    expected: ['2026-10-25T02:15:00Z', '2026-10-25T18:00:00Z', '2026-10-26T02:15:00Z'],
  },
  {
    timeZone: 'Asia/Kathmandu',
    name: 'every 8 hours from 08:00 at +05:45',
    pattern: every8Hours,
    startDate: '2026-10-25',
    range: { from: '2026-10-25T00:00:00Z', to: '2026-10-26T00:00:00Z' },
    expected: ['2026-10-25T02:15:00Z', '2026-10-25T10:15:00Z', '2026-10-25T18:15:00Z'],
  },
];
