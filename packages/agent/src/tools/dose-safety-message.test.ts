import { doseSafetyMessage } from './dose-safety-message';

const CHECK =
  'so I have not saved it. Please check with your pharmacist or prescriber, then send the instruction again.';

describe('doseSafetyMessage', () => {
  describe('when methotrexate is not weekly', () => {
    it('asks to confirm with the prescriber that it is not weekly', () => {
      expect(doseSafetyMessage({ kind: 'methotrexateNotWeekly' })).toBe(
        'Methotrexate is usually taken once a WEEK, and taking it every day by mistake can be very dangerous. I have not saved it. Please confirm with your prescriber or pharmacist that it is not meant to be weekly, then send the instruction again.',
      );
    });
  });

  describe('when doses are an hour apart', () => {
    it('says "every hour"', () => {
      expect(doseSafetyMessage({ kind: 'tooFrequent', hoursBetween: 1 })).toBe(
        `This says a dose every hour, which is more often than I would expect for a medicine taken by mouth, ${CHECK}`,
      );
    });
  });

  describe('when doses are less than an hour apart', () => {
    it('says the gap in minutes', () => {
      expect(doseSafetyMessage({ kind: 'tooFrequent', hoursBetween: 0.5 })).toBe(
        `This says a dose every 30 minutes, which is more often than I would expect for a medicine taken by mouth, ${CHECK}`,
      );
    });
  });

  describe('when there are too many tablets a day', () => {
    it('says the daily count', () => {
      expect(doseSafetyMessage({ kind: 'tooManyItemsPerDay', itemsPerDay: 60 })).toBe(
        `This comes to 60 tablets or capsules a day, which is more than I would expect, ${CHECK}`,
      );
    });
  });

  describe('when one dose is over a per-dose limit', () => {
    it('says the dose and the limit', () => {
      expect(
        doseSafetyMessage({
          kind: 'overDrugLimit',
          amount: 500,
          limit: { medicine: 'insulin', max: 100, unit: 'units', per: 'dose' },
        }),
      ).toBe(
        `This is 500 units of insulin in one dose, more than the usual adult maximum of 100 units a dose, ${CHECK}`,
      );
    });
  });
});
