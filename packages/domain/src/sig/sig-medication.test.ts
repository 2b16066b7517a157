import { extractProduct } from './sig-medication';
import { normalizeSigText } from './sig-text-normalizer';

function product(raw: string): Omit<ReturnType<typeof extractProduct>, 'text'> {
  const found = extractProduct(normalizeSigText(raw));
  return {
    medication: found.medication,
    strength: found.strength,
    strengthIsDoseCandidate: found.strengthIsDoseCandidate,
    strengthIsDoseOnly: found.strengthIsDoseOnly,
    form: found.form,
  };
}

const nothing = {
  medication: null,
  strength: null,
  strengthIsDoseCandidate: false,
  strengthIsDoseOnly: false,
  form: null,
};

describe('extractProduct', () => {
  describe('when a drug name heads the sig', () => {
    it.each([
      [
        'Metformin 500mg 1-0-1 after food',
        {
          medication: 'metformin',
          strength: { value: 500, unit: 'mg' },
          strengthIsDoseCandidate: true,
        },
      ],
      [
        'Tab. Pan D 40mg 1 - 0 - 0',
        {
          medication: 'pan d',
          strength: { value: 40, unit: 'mg' },
          strengthIsDoseCandidate: true,
          form: 'tablet',
        },
      ],
      ['Viaderm KC Cream - Apply daily', { medication: 'viaderm kc' }],
      ['Syrup Crocin 100ml 5ml thrice daily', { medication: 'crocin' }],
      [
        'Hydroxocobalamin 10mg/2ml solution for injection ampoules, one',
        { medication: 'hydroxocobalamin', strength: { value: 5, unit: 'mg/mL' }, form: 'ampoule' },
      ],
      [
        'Co-trimoxazole 80mg/400mg tablets, one tablet',
        { medication: 'co-trimoxazole', form: 'tablet' },
      ],
      ['Take two tablets of ibuprofen 3 times', { medication: 'ibuprofen' }],
      ['MOXCLAV 625 1 tab bd', { medication: 'moxclav 625' }],
      [
        'Rx: Cefuroxime 250mg tabs - Sig: 1 tab BD',
        {
          medication: 'cefuroxime',
          strength: { value: 250, unit: 'mg' },
          strengthIsDoseCandidate: true,
          form: 'tablet',
        },
      ],
    ])('reads "%s"', (raw, expected) => {
      expect(product(raw)).toEqual({ ...nothing, ...expected });
    });
  });

  describe('when the sig starts with instructions', () => {
    it.each([
      'Use as directed',
      'Spray once daily to nostril',
      'Apply to affected areas',
      'q6PM',
      'qhs',
      '1 po qd',
    ])('finds no medication in "%s"', (raw) => {
      expect(product(raw)).toEqual(nothing);
    });
  });

  describe('when a chat-typed name comes straight before a frequency', () => {
    it.each([
      ['ramipril nightly', 'ramipril'],
      ['vitamin b12 weekly', 'vitamin b12'],
      ['sertraline every morning', 'sertraline'],
    ])('reads "%s" as the drug name', (text, medication) => {
      expect(product(text)).toEqual({ ...nothing, medication });
    });

    it.each([['spray once daily'], ['use twice daily'], ['cut daily']])(
      'reads no name in "%s"',
      (text) => {
        expect(product(text)).toEqual(nothing);
      },
    );
  });
});
