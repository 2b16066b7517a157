/** A unit a drug limit is stated in. */
export type LimitUnit = 'mg' | 'mcg' | 'units';

/** The most of one medicine an adult takes, per day or per dose. */
export type DrugDoseLimit = {
  /** The medicine as shown to the patient, lower case ("paracetamol"). */
  readonly medicine: string;
  /** The largest amount, in {@link DrugDoseLimit.unit}. */
  readonly max: number;
  readonly unit: LimitUnit;
  /** Whether {@link DrugDoseLimit.max} is a daily total or one dose. */
  readonly per: 'day' | 'dose';
};

/**
 * Adult maxima for a few medicines where a misread dose is most dangerous, keyed by a lower-case
 * word of the medicine name. SAFETY NET ONLY, not a drug reference: it catches grossly wrong
 * typed doses before a draft is saved, and a dose under these limits can still be wrong for the
 * patient. Paracetamol (acetaminophen) 4000 mg a day; ibuprofen 3200 mg a day; digoxin
 * 0.5 mg a day; warfarin 20 mg a day; levothyroxine 300 mcg a day; insulin 100 units a dose.
 *
 * TODO: only these medicines have a limit; other medicines get only the generic per-dose and
 * per-day checks. Meanwhile the patient must confirm every draft, which shows the dose.
 */
export const DRUG_DOSE_LIMITS: Readonly<Record<string, DrugDoseLimit>> = {
  paracetamol: { medicine: 'paracetamol', max: 4000, unit: 'mg', per: 'day' },
  acetaminophen: { medicine: 'acetaminophen', max: 4000, unit: 'mg', per: 'day' },
  ibuprofen: { medicine: 'ibuprofen', max: 3200, unit: 'mg', per: 'day' },
  digoxin: { medicine: 'digoxin', max: 0.5, unit: 'mg', per: 'day' },
  warfarin: { medicine: 'warfarin', max: 20, unit: 'mg', per: 'day' },
  levothyroxine: { medicine: 'levothyroxine', max: 300, unit: 'mcg', per: 'day' },
  insulin: { medicine: 'insulin', max: 100, unit: 'units', per: 'dose' },
};

/**
 * The limit for a medicine name, or null: the first word of the name (split on anything that is
 * not a letter, lower-cased) that {@link DRUG_DOSE_LIMITS} lists ("Insulin glargine" → insulin,
 * "Co-codamol" → null).
 */
export function drugDoseLimitFor(name: string): DrugDoseLimit | null {
  for (const word of name.toLowerCase().split(/[^\p{L}]+/u)) {
    const limit = DRUG_DOSE_LIMITS[word];
    if (limit !== undefined) {
      return limit;
    }
  }
  return null;
}
