import { resolveTimeZone } from './resolve-time-zone';

const ACCEPTED_FORMS =
  'Send a city or country ("Lisbon", "Japan"), a time zone name ("Europe/London"), ' +
  'or an offset from UTC ("UTC+05:30").';

describe('resolveTimeZone', () => {
  describe('when given an IANA name', () => {
    it.each([
      ['Europe/London', 'Europe/London', 'London, United Kingdom (Europe/London)'],
      ['america/new_york', 'America/New_York', 'New York, United States (America/New_York)'],
      ['  America/New York ', 'America/New_York', 'New York, United States (America/New_York)'],
      ['Australia/Lord_Howe', 'Australia/Lord_Howe', 'Australia/Lord_Howe'],
      ['Asia/Kathmandu', 'Asia/Kathmandu', 'Kathmandu, Nepal (Asia/Kathmandu)'],
      ['Asia/Calcutta', 'Asia/Kolkata', 'Kolkata, India (Asia/Kolkata)'],
      ['US/Eastern', 'America/New_York', 'New York, United States (America/New_York)'],
    ])('resolves "%s" to %s, labelled as a place', (input, timeZone, label) => {
      expect(resolveTimeZone(input)).toEqual({ kind: 'resolved', timeZone, label });
    });

    it.each([
      ['Etc/GMT+5', 'Etc/GMT+5', 'UTC\u221205:00'],
      ['etc/gmt-5', 'Etc/GMT-5', 'UTC+05:00'],
      ['Etc/GMT-14', 'Etc/GMT-14', 'UTC+14:00'],
      ['Etc/GMT', 'UTC', 'UTC'],
      ['Etc/GMT+0', 'Etc/GMT+0', 'UTC'],
    ])(
      'resolves the fixed zone "%s" to %s, labelled by its real offset',
      (input, timeZone, offset) => {
        expect(resolveTimeZone(input)).toEqual({
          kind: 'resolved',
          timeZone,
          label: `${offset} (fixed, no daylight saving)`,
        });
      },
    );
  });

  describe('when given a UTC or GMT offset', () => {
    it.each([
      ['+05:30', '+05:30', 'UTC+05:30'],
      ['-03:30', '-03:30', 'UTC\u221203:30'],
      ['+05:45', '+05:45', 'UTC+05:45'],
      ['UTC+5:30', '+05:30', 'UTC+05:30'],
      ['GMT-3', 'Etc/GMT+3', 'UTC\u221203:00'],
      ['UTC-5', 'Etc/GMT+5', 'UTC\u221205:00'],
      ['utc +09:00', 'Etc/GMT-9', 'UTC+09:00'],
      ['UTC', 'UTC', 'UTC'],
    ])('resolves "%s" to %s', (input, timeZone, label) => {
      expect(resolveTimeZone(input)).toEqual({
        kind: 'resolved',
        timeZone,
        label: `${label} (fixed, no daylight saving)`,
      });
    });

    it('rejects an offset no place uses', () => {
      expect(resolveTimeZone('UTC+15')).toEqual({
        kind: 'invalid',
        message: 'UTC+15 is not a real UTC offset; offsets run from UTC-12:00 to UTC+14:00.',
        suggestions: [],
      });
    });
  });

  describe('when given an abbreviation', () => {
    it.each([
      ['EST', 'America/New_York', 'US Eastern Time (America/New_York)'],
      ['pst', 'America/Los_Angeles', 'US Pacific Time (America/Los_Angeles)'],
      ['CET', 'Europe/Paris', 'Central European Time (Europe/Paris)'],
      ['JST', 'Asia/Tokyo', 'Japan Standard Time (Asia/Tokyo)'],
      ['AEDT', 'Australia/Sydney', 'Australian Eastern Daylight Time (Australia/Sydney)'],
    ])('resolves %s to %s', (input, timeZone, label) => {
      expect(resolveTimeZone(input)).toEqual({ kind: 'resolved', timeZone, label });
    });

    it('reads an abbreviation that is also a word only in capitals', () => {
      expect(resolveTimeZone('EAT')).toEqual({
        kind: 'resolved',
        timeZone: 'Africa/Nairobi',
        label: 'East Africa Time (Africa/Nairobi)',
      });
      expect(resolveTimeZone('eat').kind).toBe('invalid');
    });

    it('asks which IST is meant', () => {
      expect(resolveTimeZone('ist')).toEqual({
        kind: 'ambiguous',
        candidates: [
          { timeZone: 'Asia/Kolkata', label: 'India Standard Time (Asia/Kolkata)' },
          { timeZone: 'Europe/Dublin', label: 'Irish Standard Time (Europe/Dublin)' },
          { timeZone: 'Asia/Jerusalem', label: 'Israel Standard Time (Asia/Jerusalem)' },
        ],
        message: 'IST is used for more than one time zone. Which one do you mean?',
      });
    });

    it('asks which CST is meant', () => {
      const result = resolveTimeZone('CST');

      expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.timeZone)).toEqual([
        'America/Chicago',
        'Asia/Shanghai',
        'America/Havana',
      ]);
    });

    it.each(['GMT', 'gmt', 'Greenwich Mean Time'])(
      'asks whether %s means UTC or UK time',
      (input) => {
        expect(resolveTimeZone(input)).toEqual({
          kind: 'ambiguous',
          candidates: [
            { timeZone: 'UTC', label: 'GMT all year, no daylight saving (UTC)' },
            {
              timeZone: 'Europe/London',
              label: 'UK time (GMT in winter, BST in summer) (Europe/London)',
            },
          ],
          message: 'GMT is used for more than one time zone. Which one do you mean?',
        });
      },
    );

    it('asks which BST is meant', () => {
      const result = resolveTimeZone('BST');

      expect(result.kind === 'ambiguous' && result.candidates.map((c) => c.timeZone)).toEqual([
        'Europe/London',
        'Asia/Dhaka',
      ]);
    });
  });

  describe('when given a place', () => {
    it.each([
      ['Mumbai', 'Asia/Kolkata', 'Mumbai, India (Asia/Kolkata)'],
      ['kathmandu', 'Asia/Kathmandu', 'Kathmandu, Nepal (Asia/Kathmandu)'],
      ['São Paulo', 'America/Sao_Paulo', 'Sao Paulo, Brazil (America/Sao_Paulo)'],
      ['Japan', 'Asia/Tokyo', 'Japan (Asia/Tokyo)'],
      ['Queensland', 'Australia/Brisbane', 'Queensland, Australia (Australia/Brisbane)'],
    ])('resolves "%s" to %s', (input, timeZone, label) => {
      expect(resolveTimeZone(input)).toEqual({ kind: 'resolved', timeZone, label });
    });

    it('asks which zone of a country with several', () => {
      const result = resolveTimeZone('Australia');

      expect(result).toEqual({
        kind: 'ambiguous',
        candidates: [
          { timeZone: 'Australia/Sydney', label: 'Australia: Sydney (Australia/Sydney)' },
          {
            timeZone: 'Australia/Lord_Howe',
            label: 'Australia: Lord Howe Island (Australia/Lord_Howe)',
          },
          { timeZone: 'Australia/Adelaide', label: 'Australia: Adelaide (Australia/Adelaide)' },
          { timeZone: 'Australia/Brisbane', label: 'Australia: Brisbane (Australia/Brisbane)' },
          { timeZone: 'Australia/Darwin', label: 'Australia: Darwin (Australia/Darwin)' },
          { timeZone: 'Australia/Perth', label: 'Australia: Perth (Australia/Perth)' },
        ],
        message: 'Australia has several time zones. Which one is yours?',
      });
    });
  });

  describe('when given a spoken name', () => {
    it.each([
      ['Eastern time', 'America/New_York', 'US Eastern Time (America/New_York)'],
      ['pacific', 'America/Los_Angeles', 'US Pacific Time (America/Los_Angeles)'],
      ['Central European Time', 'Europe/Paris', 'Central European Time (Europe/Paris)'],
      ['UK time', 'Europe/London', 'United Kingdom (Europe/London)'],
      ['India Standard Time', 'Asia/Kolkata', 'India (Asia/Kolkata)'],
      ['Moscow time', 'Europe/Moscow', 'Moscow, Russia (Europe/Moscow)'],
      ['JST time', 'Asia/Tokyo', 'Japan Standard Time (Asia/Tokyo)'],
    ])('resolves "%s" to %s', (input, timeZone, label) => {
      expect(resolveTimeZone(input)).toEqual({ kind: 'resolved', timeZone, label });
    });

    it.each([
      ['Indian time', 'Asia/Kolkata', 'Kolkata, India (Asia/Kolkata)'],
      ['Irish time', 'Europe/Dublin', 'Dublin, Ireland (Europe/Dublin)'],
      ['British Summer Time', 'Europe/London', 'London, United Kingdom (Europe/London)'],
    ])('resolves the adjective "%s" to %s without asking', (input, timeZone, label) => {
      expect(resolveTimeZone(input)).toEqual({ kind: 'resolved', timeZone, label });
    });
  });

  describe('when the input is not a time zone', () => {
    it('rejects a typo with the closest names', () => {
      expect(resolveTimeZone('Londn')).toEqual({
        kind: 'invalid',
        message: `I don't know the time zone "Londn". ${ACCEPTED_FORMS}`,
        suggestions: ['London', 'Europe/London'],
      });
    });

    it('suggests the IANA name for a mistyped one', () => {
      const result = resolveTimeZone('Amercia/New_Yrok');

      expect(result.kind === 'invalid' && result.suggestions).toEqual(['America/New_York']);
    });

    it('rejects nonsense with no suggestions', () => {
      expect(resolveTimeZone('xyzzy plugh')).toEqual({
        kind: 'invalid',
        message: `I don't know the time zone "xyzzy plugh". ${ACCEPTED_FORMS}`,
        suggestions: [],
      });
    });

    it('rejects empty and overlong input without searching', () => {
      const expected = {
        kind: 'invalid',
        message: `That is not a time zone. ${ACCEPTED_FORMS}`,
        suggestions: [],
      };

      expect(resolveTimeZone('   ')).toEqual(expected);
      expect(resolveTimeZone('x'.repeat(81))).toEqual(expected);
    });
  });
});
