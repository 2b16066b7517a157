import type { DoseRange, SigStep } from '@ctrl-alt-heal/domain';

/**
 * Most tablets, capsules or other countable forms (sachets, suppositories, a bare count) one
 * dose may be before it is treated as a misreading. Unit: items per dose.
 */
export const MAX_ITEMS_PER_DOSE = 20;

/** Most liquid one dose may be before it is treated as a misreading. Unit: millilitres. */
export const MAX_ML_PER_DOSE = 100;

/** Most drug mass one dose may be before it is treated as a misreading. Unit: milligrams. */
export const MAX_MG_PER_DOSE = 10_000;

const COUNTED =
  /^(tablets?|tabs?|capsules?|caps?|sachets?|suppositor(y|ies)|pessar(y|ies)|lozenges?)$/i;
const MG_PER_UNIT: Readonly<Record<string, number>> = { g: 1000, mg: 1, mcg: 0.001 };
const ML_PER_UNIT: Readonly<Record<string, number>> = { l: 1000, ml: 1 };

/** True when one dose exceeds the limit for its unit; units without a limit never do. */
function isTooLarge(dose: DoseRange): boolean {
  const unit = dose.unit?.toLowerCase() ?? null;
  if (unit === null || COUNTED.test(unit)) {
    return dose.max > MAX_ITEMS_PER_DOSE;
  }
  const mg = MG_PER_UNIT[unit];
  if (mg !== undefined) {
    return dose.max * mg > MAX_MG_PER_DOSE;
  }
  const ml = ML_PER_UNIT[unit];
  return ml !== undefined && dose.max * ml > MAX_ML_PER_DOSE;
}

function stepsOf(reading: SigStep): SigStep[] {
  return [reading, ...(reading.steps ?? []).flatMap(stepsOf)];
}

/**
 * The first implausible dose of a reading, or null: a dose of 0 outside a step (a step of 0 is
 * an off period, as in "3 weeks on, 1 week off"), or an amount per dose above
 * {@link MAX_ITEMS_PER_DOSE}, {@link MAX_ML_PER_DOSE} or {@link MAX_MG_PER_DOSE}.
 *
 * These limits are per dose only; daily totals, dosing intervals, daily methotrexate and a few
 * drug-specific maxima are checked by `findDoseSafetyConcern` in `dose-safety-check.ts`.
 *
 * TODO: medicines outside that small table have no drug-specific maximum; a dose under these
 * generic limits that is still too high for its medicine passes. Meanwhile the patient sees the
 * dose and the verbatim instruction and must confirm it.
 */
export function findImplausibleDose(reading: SigStep): DoseRange | null {
  if (reading.steps === null && reading.dose !== null && reading.dose.max === 0) {
    return reading.dose;
  }
  for (const step of stepsOf(reading)) {
    if (step.dose !== null && isTooLarge(step.dose)) {
      return step.dose;
    }
  }
  return null;
}
