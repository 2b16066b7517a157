import type { Prescription, Quantity, SigReading } from '@ctrl-alt-heal/domain';

import {
  describeDose,
  describeSchedule,
  type ScheduleDescription,
  type ScheduleDescriptionOptions,
} from './schedule-description';

/** A prescription in plain words, with the safety facts a patient needs. */
export interface PrescriptionDescription {
  /** The name with its strength, such as `Amoxicillin 500 mg`. */
  readonly title: string;
  /**
   * One sentence without the final full stop: title, schedule, then for as-needed medicines
   * the shortest gap and daily limit, such as "Salbutamol 100 mcg: 2 puffs only when needed
   * for wheeze, at least 4 hours apart, no more than 8 puffs in 24 hours".
   */
  readonly line: string;
  readonly schedule: ScheduleDescription;
}

function amountOf(quantity: Quantity): string {
  return describeDose({ min: quantity.value, max: quantity.value, unit: quantity.unit }) ?? '';
}

/** The name plus its strength, unless the name already carries a number ("Amlodipine 5 mg"). */
function titleOf(prescription: Prescription): string {
  const strength = prescription.sig.strength;
  if (strength === null || /\d/.test(prescription.medication)) {
    return prescription.medication;
  }
  return `${prescription.medication} ${amountOf(strength)}`;
}

/** "at least 4 hours apart" or "up to 3 times a day" for an as-needed medicine. */
function asNeededSpacing(sig: SigReading): string | null {
  const frequency = sig.frequency;
  if (frequency === null) {
    return null;
  }
  if (frequency.periodUnit === 'h' && frequency.count === 1 && frequency.period > 0) {
    return `at least ${frequency.period} ${frequency.period === 1 ? 'hour' : 'hours'} apart`;
  }
  if (frequency.periodUnit === 'd' && frequency.period === 1 && frequency.count > 1) {
    return `up to ${frequency.count} times a day`;
  }
  return null;
}

function safetyNotes(sig: SigReading, asNeeded: boolean): string[] {
  const notes: string[] = [];
  const spacing = asNeeded ? asNeededSpacing(sig) : null;
  if (spacing !== null) {
    notes.push(spacing);
  }
  if (sig.maxPerDay !== null && sig.maxPerDay.value > 0) {
    notes.push(`no more than ${amountOf(sig.maxPerDay)} in 24 hours`);
  }
  return notes;
}

/**
 * Describes a prescription for the patient: its name with strength, its schedule (see
 * {@link describeSchedule}; `options` passes the zone label on), and for safety the shortest
 * gap between as-needed doses and the most per 24 hours when the instruction states them.
 */
export function describePrescription(
  prescription: Prescription,
  options: ScheduleDescriptionOptions = {},
): PrescriptionDescription {
  const schedule = describeSchedule(prescription.schedule, options);
  const title = titleOf(prescription);
  const notes = safetyNotes(prescription.sig, schedule.asNeeded);
  return {
    title,
    line: [`${title}: ${schedule.text}`, ...notes].join(', '),
    schedule,
  };
}
