import type { DoseRange, Frequency, SigReading, SigStep } from '@ctrl-alt-heal/domain';

import { type DrugDoseLimit, drugDoseLimitFor } from './drug-dose-limits';

/** Most tablets, capsules or other counted items a day before a draft is questioned. */
export const MAX_ITEMS_PER_DAY = 24;

/** Shortest gap between scheduled doses by mouth, in hours, before a draft is questioned. */
export const MIN_HOURS_BETWEEN_ORAL_DOSES = 2;

/** Why a dose should be checked with a pharmacist or prescriber before it is saved. */
export type DoseSafetyConcern =
  | { readonly kind: 'methotrexateNotWeekly' }
  | { readonly kind: 'tooFrequent'; readonly hoursBetween: number }
  | { readonly kind: 'tooManyItemsPerDay'; readonly itemsPerDay: number }
  | { readonly kind: 'overDrugLimit'; readonly amount: number; readonly limit: DrugDoseLimit };

const COUNTED =
  /^(tablets?|tabs?|capsules?|caps?|sachets?|suppositor(y|ies)|pessar(y|ies)|lozenges?)$/i;
const NOT_SWALLOWED = /drop|puff|spray|squirt|applic|patch|inhal|actuation|nebul/i;
const MG_PER_UNIT: Readonly<Record<string, number>> = { g: 1000, mg: 1, mcg: 0.001, µg: 0.001 };
const INSULIN_UNITS = /^(units?|iu|u)$/i;
const DAYS_PER_UNIT: Readonly<Record<Frequency['periodUnit'], number>> = {
  h: 1 / 24,
  d: 1,
  wk: 7,
  mo: 30,
};

/** Most administrations a day a step allows: its frequency, else its listed times, else one. */
function dosesPerDay(step: SigStep): number {
  const frequency = step.frequency;
  if (frequency === null) {
    return Math.max(step.timesOfDay?.length ?? 0, step.when?.length ?? 0, 1);
  }
  const count = step.frequencyMax ?? frequency.count;
  return count / (frequency.period * DAYS_PER_UNIT[frequency.periodUnit]);
}

function isCounted(dose: DoseRange): boolean {
  return dose.unit === null || COUNTED.test(dose.unit);
}

/** Milligrams in one dose: a mass dose, or counted items times a mass strength; else null. */
function mgPerDose(step: SigStep, dose: DoseRange): number | null {
  const unit = dose.unit?.toLowerCase() ?? null;
  const direct = unit === null ? undefined : MG_PER_UNIT[unit];
  if (direct !== undefined) {
    return dose.max * direct;
  }
  const strengthUnit = step.strength?.unit?.toLowerCase() ?? null;
  const perItem = strengthUnit === null ? undefined : MG_PER_UNIT[strengthUnit];
  return isCounted(dose) && perItem !== undefined && step.strength !== null
    ? dose.max * step.strength.value * perItem
    : null;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function overLimit(step: SigStep, dose: DoseRange, limit: DrugDoseLimit): number | null {
  if (limit.unit === 'units') {
    const units = dose.unit !== null && INSULIN_UNITS.test(dose.unit) ? dose.max : null;
    return units !== null && units > limit.max ? units : null;
  }
  const mg = mgPerDose(step, dose);
  if (mg === null || step.asNeeded) {
    return null;
  }
  const perDay = (mg * dosesPerDay(step)) / (limit.unit === 'mcg' ? 0.001 : 1);
  return perDay > limit.max ? round(perDay) : null;
}

function isScheduledOral(step: SigStep, dose: DoseRange): boolean {
  const byMouth =
    step.route === 'oral' || (step.route === null && !NOT_SWALLOWED.test(dose.unit ?? ''));
  return byMouth && !step.asNeeded && step.frequency !== null;
}

function stepConcern(step: SigStep, limit: DrugDoseLimit | null): DoseSafetyConcern | null {
  const dose = step.dose;
  if (dose === null) {
    return null;
  }
  const perDay = dosesPerDay(step);
  if (isScheduledOral(step, dose) && 24 / perDay < MIN_HOURS_BETWEEN_ORAL_DOSES) {
    return { kind: 'tooFrequent', hoursBetween: round(24 / perDay) };
  }
  if (isCounted(dose) && !step.asNeeded && dose.max * perDay > MAX_ITEMS_PER_DAY) {
    return { kind: 'tooManyItemsPerDay', itemsPerDay: round(dose.max * perDay) };
  }
  const amount = limit === null ? null : overLimit(step, dose, limit);
  return amount === null || limit === null ? null : { kind: 'overDrugLimit', amount, limit };
}

/** A step with the dose, strength and route it inherits from the whole reading. */
function withDefaults(step: SigStep, reading: SigReading): SigStep {
  return {
    ...step,
    dose: step.dose ?? reading.dose,
    strength: step.strength ?? reading.strength,
    route: step.route ?? reading.route,
  };
}

function stepsOf(step: SigStep): SigStep[] {
  return [step, ...(step.steps ?? []).flatMap(stepsOf)];
}

/**
 * The first reason a typed dose should be checked before it is saved, or null. In order:
 * methotrexate taken more often than once a week (usually a weekly medicine; daily is a classic
 * fatal error); a scheduled dose by mouth more often than every
 * {@link MIN_HOURS_BETWEEN_ORAL_DOSES} hours; more than {@link MAX_ITEMS_PER_DAY} tablets or
 * capsules a day; a daily total (dose × doses a day, with tablets × strength when the dose is in
 * tablets) or a dose above the medicine's entry in the drug dose limits table.
 *
 * TODO: as-needed doses without a daily maximum are not totalled for the drug limits, because
 * their interval is a limit, not a plan. Meanwhile the patient confirms the shown dose.
 * @param reading - The sig parser's reading.
 * @param medication - The medicine name, as given by the patient or the parser.
 */
export function findDoseSafetyConcern(
  reading: SigReading,
  medication: string,
): DoseSafetyConcern | null {
  const steps = stepsOf(reading).map((step) => withDefaults(step, reading));
  const isMethotrexate = /methotrexate/i.test(medication);
  if (
    isMethotrexate &&
    steps.some((step) => step.frequency !== null && dosesPerDay(step) > 1 / 7)
  ) {
    return { kind: 'methotrexateNotWeekly' };
  }
  const limit = drugDoseLimitFor(medication);
  for (const step of steps) {
    const concern = stepConcern(step, limit);
    if (concern !== null) {
      return concern;
    }
  }
  return null;
}
