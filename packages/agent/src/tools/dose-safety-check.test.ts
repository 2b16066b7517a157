import { parseSig } from '@ctrl-alt-heal/domain';

import { type DoseSafetyConcern, findDoseSafetyConcern } from './dose-safety-check';
import { DRUG_DOSE_LIMITS } from './drug-dose-limits';

function limitOf(word: string): (typeof DRUG_DOSE_LIMITS)[string] {
  const limit = DRUG_DOSE_LIMITS[word];
  if (limit === undefined) {
    throw new Error(`no limit for ${word}`);
  }
  return limit;
}

const concerns: [string, DoseSafetyConcern][] = [
  ['Paracetamol 500 mg 2 tablets every hour', { kind: 'tooFrequent', hoursBetween: 1 }],
  [
    'Paracetamol 500mg 20 tablets three times a day',
    { kind: 'tooManyItemsPerDay', itemsPerDay: 60 },
  ],
  [
    'Paracetamol 10000 mg daily',
    { kind: 'overDrugLimit', amount: 10000, limit: limitOf('paracetamol') },
  ],
  [
    'Acetaminophen 500 mg 3 tablets four times a day',
    { kind: 'overDrugLimit', amount: 6000, limit: limitOf('acetaminophen') },
  ],
  [
    'Ibuprofen 800 mg five times a day',
    { kind: 'overDrugLimit', amount: 4000, limit: limitOf('ibuprofen') },
  ],
  ['Methotrexate 10 mg daily', { kind: 'methotrexateNotWeekly' }],
  ['Methotrexate 2.5 mg 4 tablets daily', { kind: 'methotrexateNotWeekly' }],
  ['Digoxin 250 mg daily', { kind: 'overDrugLimit', amount: 250, limit: limitOf('digoxin') }],
  ['Warfarin 50 mg daily', { kind: 'overDrugLimit', amount: 50, limit: limitOf('warfarin') }],
  [
    'Levothyroxine 5000 mcg daily',
    { kind: 'overDrugLimit', amount: 5000, limit: limitOf('levothyroxine') },
  ],
  [
    'Insulin glargine 500 units at night',
    { kind: 'overDrugLimit', amount: 500, limit: limitOf('insulin') },
  ],
];

const accepted = [
  'Methotrexate 2.5 mg 4 tablets once weekly on Monday',
  'Paracetamol 500 mg 2 tablets four times a day',
  'Paracetamol 1 g every 4-6 hours as needed',
  'Digoxin 125 mcg daily',
  'Warfarin 5 mg daily',
  'Levothyroxine 100 mcg every morning',
  'Insulin glargine 20 units at night',
  'Amoxicillin 500 mg 1 capsule every 8 hours',
  'Chloramphenicol eye drops 1 drop every hour',
];

function check(text: string): DoseSafetyConcern | null {
  const reading = parseSig(text);
  return findDoseSafetyConcern(reading, reading.medication ?? '');
}

describe('findDoseSafetyConcern', () => {
  describe.each(concerns)('when the instruction is "%s"', (text, concern) => {
    it('returns the concern', () => {
      expect(check(text)).toEqual(concern);
    });
  });

  describe.each(accepted)('when the instruction is the usual "%s"', (text) => {
    it('returns null', () => {
      expect(check(text)).toBeNull();
    });
  });

  describe('when the patient gave the name separately from the text', () => {
    it('checks the limit of that name', () => {
      expect(findDoseSafetyConcern(parseSig('50 mg daily'), 'Warfarin')).toEqual({
        kind: 'overDrugLimit',
        amount: 50,
        limit: limitOf('warfarin'),
      });
    });
  });
});
