import ICAL from 'ical.js';
import * as nodeIcal from 'node-ical';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importToPrescriptions } from '../fhir/import-to-prescriptions';
import { importMedicationRequests } from '../fhir/import-medication-requests';
import { buildPrescription } from '../fhir/testing/prescription-builder';
import type { DoseSchedule, SchedulePhase } from '../schedule/dose-schedule';
import { expandDoses } from '../schedule/expand-doses';
import { buildCalendar } from './build-calendar';
import {
  expandWithIcalJs,
  expandWithNodeIcal,
  type ExpandWindow,
} from './testing/calendar-readers';

const NOW = new Date('2026-01-01T00:00:00Z');
// CI clones the repository with the shared folder as a sibling.
const FIXTURES = resolve(__dirname, '../../../../fixtures/fhir-upstream');
const TABLET = { min: 1, max: 1, unit: 'tablet' };

function daily(times: string[], days: number | null = null, everyNDays = 1): SchedulePhase {
  return { days, doses: [{ pattern: { kind: 'daily', times, everyNDays }, dose: TABLET }] };
}

function schedule(overrides: Partial<DoseSchedule>): DoseSchedule {
  return {
    timeZone: 'Europe/London',
    startDate: '2026-03-26',
    endDate: null,
    maxDoses: null,
    phases: [daily(['08:00'])],
    ...overrides,
  };
}

function windowAround(from: string, to: string): ExpandWindow {
  return { from: new Date(from), to: new Date(to) };
}

function calendarOf(...schedules: DoseSchedule[]): string {
  const prescriptions = schedules.map((s, i) =>
    buildPrescription({ prescriptionId: `rx-${i + 1}`, schedule: s }),
  );
  return buildCalendar({ timeZone: schedules[0]?.timeZone ?? 'UTC', prescriptions, now: NOW });
}

const DST_CASES: [string, DoseSchedule, ExpandWindow][] = [
  [
    'Europe/London: 01:30 daily across the spring-forward gap',
    schedule({ endDate: '2026-04-02', phases: [daily(['01:30', '18:00'])] }),
    windowAround('2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z'),
  ],
  [
    'Europe/London: the first dose falls inside the gap',
    schedule({ startDate: '2026-03-29', endDate: '2026-04-03', phases: [daily(['01:30'])] }),
    windowAround('2026-03-20T00:00:00Z', '2026-04-10T00:00:00Z'),
  ],
  [
    'Europe/London: open-ended 08:00 through both changes of the year',
    schedule({ startDate: '2026-03-01' }),
    windowAround('2026-03-01T00:00:00Z', '2026-11-30T00:00:00Z'),
  ],
  [
    'Europe/London: open-ended 01:30 daily, two years after the expanded window',
    schedule({ startDate: '2026-03-01', phases: [daily(['01:30'])] }),
    windowAround('2028-03-01T00:00:00Z', '2028-11-30T00:00:00Z'),
  ],
  [
    'America/New_York: 01:30 on the fall-back night fires once',
    schedule({
      timeZone: 'America/New_York',
      startDate: '2026-10-29',
      endDate: '2026-11-04',
      phases: [daily(['01:30', '21:00'])],
    }),
    windowAround('2026-10-20T00:00:00Z', '2026-11-10T00:00:00Z'),
  ],
  [
    'Australia/Sydney: every 8 hours for 12 doses across the fall-back',
    schedule({
      timeZone: 'Australia/Sydney',
      startDate: '2026-04-03',
      maxDoses: 12,
      phases: [
        {
          days: null,
          doses: [
            { pattern: { kind: 'interval', firstTime: '22:00', everyHours: 8 }, dose: TABLET },
          ],
        },
      ],
    }),
    windowAround('2026-03-30T00:00:00Z', '2026-04-15T00:00:00Z'),
  ],
  [
    'Australia/Lord_Howe: fortnightly Monday and Thursday at 02:15 across the half-hour gap',
    schedule({
      timeZone: 'Australia/Lord_Howe',
      startDate: '2026-09-20',
      endDate: '2026-11-30',
      phases: [
        {
          days: null,
          doses: [
            {
              pattern: {
                kind: 'weekly',
                times: ['02:15'],
                daysOfWeek: ['thu', 'mon'],
                everyNWeeks: 2,
              },
              dose: TABLET,
            },
          ],
        },
      ],
    }),
    windowAround('2026-09-01T00:00:00Z', '2026-12-10T00:00:00Z'),
  ],
  [
    'Asia/Kolkata: monthly on the 31st, clamped to short months',
    schedule({
      timeZone: 'Asia/Kolkata',
      startDate: '2026-01-31',
      endDate: '2026-08-31',
      phases: [
        {
          days: null,
          doses: [
            { pattern: { kind: 'monthly', times: ['09:00'], everyNMonths: 1 }, dose: TABLET },
          ],
        },
      ],
    }),
    windowAround('2026-01-01T00:00:00Z', '2026-09-10T00:00:00Z'),
  ],
  [
    'a fixed offset of +05:30: weekly on Monday at 00:15 (Sunday in UTC)',
    schedule({
      timeZone: '+05:30',
      startDate: '2026-03-02',
      endDate: '2026-04-30',
      phases: [
        {
          days: null,
          doses: [
            {
              pattern: { kind: 'weekly', times: ['00:15'], daysOfWeek: ['mon'], everyNWeeks: 1 },
              dose: TABLET,
            },
          ],
        },
      ],
    }),
    windowAround('2026-03-01T00:00:00Z', '2026-05-10T00:00:00Z'),
  ],
  [
    'Asia/Kathmandu: a three-step taper, every other day at the end',
    schedule({
      timeZone: 'Asia/Kathmandu',
      startDate: '2026-05-01',
      endDate: '2026-05-15',
      phases: [daily(['08:00', '20:00'], 3), daily(['08:00'], 3), daily(['08:00'], null, 2)],
    }),
    windowAround('2026-04-25T00:00:00Z', '2026-05-20T00:00:00Z'),
  ],
  [
    'Europe/London: a taper confirmed at 17:08 that runs into the spring-forward change',
    schedule({
      startDate: '2026-03-26',
      endDate: '2026-03-30',
      notBefore: '2026-03-26T17:08:00Z',
      phases: [daily(['08:30', '13:30', '19:30'], 2), daily(['08:30', '19:30'], 2)],
    }),
    windowAround('2026-03-20T00:00:00Z', '2026-04-05T00:00:00Z'),
  ],
];

function caseNamed(prefix: string): [string, DoseSchedule, ExpandWindow] {
  const found = DST_CASES.find(([name]) => name.startsWith(prefix));
  if (!found) throw new Error(`no case ${prefix}`);
  return found;
}

describe('buildCalendar', () => {
  describe.each(DST_CASES)('when the schedule is %s', (_name, dosing, window) => {
    const text = calendarOf(dosing);
    const expected = expandDoses(dosing, {
      from: window.from.toISOString(),
      to: window.to.toISOString(),
    }).map((d) => new Date(d.at).toISOString());

    it('expands in ical.js to the instants of expandDoses', () => {
      expect(expected.length).toBeGreaterThan(0);
      expect(expandWithIcalJs(text, window)).toEqual(expected);
    });

    it('expands in node-ical to the instants of expandDoses', () => {
      expect(expandWithNodeIcal(text, window)).toEqual(expected);
    });
  });

  describe.each([
    '01_simple_amoxicillin_bundle.json',
    '02_polypharmacy_mixed_schedules.json',
    '03_complex_with_notes_and_prn.json',
    '04_large_duration_and_special_routes.json',
  ])('when the prescriptions come from the upstream fixture %s', (name) => {
    const bundle: unknown = JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
    const imported = importMedicationRequests(bundle);
    const options = { timeZone: 'Europe/London', startDate: '2026-03-25', now: NOW };
    const prescriptions = imported.ok
      ? importToPrescriptions(imported.medications, options).map((i) => i.prescription)
      : [];
    const window = windowAround('2026-03-20T00:00:00Z', '2026-07-01T00:00:00Z');
    const range = { from: window.from.toISOString(), to: window.to.toISOString() };
    const expected = prescriptions
      .filter((p) => p.status === 'active')
      .flatMap((p) => expandDoses(p.schedule, range))
      .map((d) => new Date(d.at).toISOString())
      .sort();
    const text = buildCalendar({ timeZone: 'Europe/London', prescriptions, now: NOW });

    it('expands in both readers to the instants of expandDoses across the March change', () => {
      expect(prescriptions.length).toBeGreaterThan(0);
      expect([expandWithIcalJs(text, window), expandWithNodeIcal(text, window)]).toEqual([
        expected,
        expected,
      ]);
    });
  });

  describe('when a schedule ends on a date', () => {
    it('writes a VTIMEZONE for the zone and ends each rule with UNTIL in UTC', () => {
      const text = calendarOf(caseNamed('Europe/London: 01:30 daily')[1]);

      expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
      const events = text.slice(text.indexOf('BEGIN:VEVENT'));

      expect(events.match(/^(DTSTART|RRULE).*$/gm)).toEqual([
        'DTSTART;TZID=Europe/London:20260326T013000',
        'RRULE:FREQ=DAILY;UNTIL=20260328T013000Z',
        'DTSTART;TZID=Europe/London:20260330T013000',
        'RRULE:FREQ=DAILY;UNTIL=20260402T003000Z',
        // The 01:30 dose on the day the clock skips 01:00-02:00 fires at 02:30 BST, one-off in UTC.
        'DTSTART:20260329T013000Z',
        'DTSTART;TZID=Europe/London:20260326T180000',
        'RRULE:FREQ=DAILY;UNTIL=20260402T170000Z',
      ]);
      expect(text.match(/BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:PT0S\r\n/g)).toHaveLength(4);
    });
  });

  describe('when a dose count ends the schedule', () => {
    it('ends the rule with COUNT and runs the interval in UTC', () => {
      const text = calendarOf(caseNamed('Australia/Sydney')[1]);

      expect(text.match(/^(DTSTART|RRULE).*$/gm)).toEqual([
        'DTSTART:20260403T110000Z',
        'RRULE:FREQ=HOURLY;INTERVAL=8;COUNT=12',
      ]);
    });
  });

  describe('when the medication name holds emoji, CJK and iCalendar delimiters', () => {
    const name =
      'Metformin 💊 二甲双胍 500 mg; "slow release", with food\nthen rest 👩🏽‍⚕️ 服用说明书很长很长';
    const text = buildCalendar({
      timeZone: 'Europe/London',
      prescriptions: [
        buildPrescription({ medication: name, instructionText: 'Take one; twice, daily' }),
      ],
      now: NOW,
    });

    it('folds every line at 75 octets without splitting a character', () => {
      const lines = text.split('\r\n');

      expect(lines.filter((l) => Buffer.byteLength(l, 'utf8') > 75)).toEqual([]);
      expect(lines.some((l) => l.startsWith(' '))).toBe(true);
      expect(text).not.toContain('\uFFFD');
    });

    it('escapes the text so both readers return it unchanged', () => {
      const event = new ICAL.Event(ICAL.Component.fromString(text).getFirstSubcomponent('vevent')!);
      const parsed = Object.values(nodeIcal.sync.parseICS(text)).find((c) => c?.type === 'VEVENT');

      expect([event.summary, event.description]).toEqual([
        `${name}: 1 tablet`,
        'Take one; twice, daily',
      ]);
      expect(parsed?.type === 'VEVENT' && [parsed.summary, parsed.description]).toEqual([
        `${name}: 1 tablet`,
        'Take one; twice, daily',
      ]);
    });
  });

  describe('when nothing is to be reminded', () => {
    it('writes no events for as-needed, draft and stopped prescriptions', () => {
      const asNeeded = schedule({
        phases: [
          { days: null, doses: [{ pattern: { kind: 'asNeeded', reason: 'pain' }, dose: TABLET }] },
        ],
      });
      const prescriptions = [
        buildPrescription({ prescriptionId: 'a', schedule: asNeeded }),
        buildPrescription({ prescriptionId: 'b', status: 'draft' }),
        buildPrescription({ prescriptionId: 'c', status: 'stopped' }),
      ];

      const text = buildCalendar({ timeZone: 'Europe/London', prescriptions, now: NOW });

      expect(text).not.toContain('BEGIN:VEVENT');
      expect(text).not.toContain('BEGIN:VTIMEZONE');
    });
  });

  describe('when the time zone is unknown', () => {
    it('throws a RangeError', () => {
      expect(() => buildCalendar({ timeZone: 'Mars/Olympus', prescriptions: [] })).toThrow(
        new RangeError('Unknown time zone for the calendar'),
      );
    });
  });
});
