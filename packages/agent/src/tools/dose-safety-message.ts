import type { DoseSafetyConcern } from './dose-safety-check';

/** The closing request of every dose safety message. */
const CHECK_WITH_PHARMACIST =
  'so I have not saved it. Please check with your pharmacist or prescriber, then send the instruction again.';

function gapText(hours: number): string {
  if (hours === 1) {
    return 'every hour';
  }
  return hours < 1 ? `every ${Math.round(hours * 60)} minutes` : `every ${hours} hours`;
}

function limitText(concern: Extract<DoseSafetyConcern, { kind: 'overDrugLimit' }>): string {
  const { limit, amount } = concern;
  return limit.per === 'dose'
    ? `This is ${amount} ${limit.unit} of ${limit.medicine} in one dose, more than the usual adult maximum of ${limit.max} ${limit.unit} a dose`
    : `This comes to ${amount} ${limit.unit} of ${limit.medicine} a day, more than the usual adult maximum of ${limit.max} ${limit.unit} a day`;
}

/**
 * What the propose tool says instead of saving a draft whose dose may be dangerous: what looks
 * wrong, that nothing was saved, and to check with a pharmacist or prescriber. Methotrexate gets
 * its own warning, because it is nearly always taken once a week.
 */
export function doseSafetyMessage(concern: DoseSafetyConcern): string {
  switch (concern.kind) {
    case 'methotrexateNotWeekly':
      return 'Methotrexate is usually taken once a WEEK, and taking it every day by mistake can be very dangerous. I have not saved it. Please confirm with your prescriber or pharmacist that it is not meant to be weekly, then send the instruction again.';
    case 'tooFrequent':
      return `This says a dose ${gapText(concern.hoursBetween)}, which is more often than I would expect for a medicine taken by mouth, ${CHECK_WITH_PHARMACIST}`;
    case 'tooManyItemsPerDay':
      return `This comes to ${concern.itemsPerDay} tablets or capsules a day, which is more than I would expect, ${CHECK_WITH_PHARMACIST}`;
    case 'overDrugLimit':
      return `${limitText(concern)}, ${CHECK_WITH_PHARMACIST}`;
  }
}
