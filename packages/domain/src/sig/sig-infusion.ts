/** What an infusion sig says about its rate, with the rate and run time blanked out. */
export interface SigInfusion {
  /** A continuous infusion at a stated rate: it needs no repeat frequency. */
  readonly continuous: boolean;
  /** The rate cannot be right: litres per minute, or volume ≠ rate × time. */
  readonly implausible: boolean;
  readonly text: string;
}

const RATE = /\bat\s*(\d+(?:\.\d+)?)\s*(ml|l|mg|units?)\s*\/\s*(hr|hour|h|min)\b/;
const RUN_TIME = /\bover\s*\d+(?:\.\d+)?\s*(?:min\w*|hours?|hrs?|h)\b/g;
const VOLUME = /(?<![\d.])(\d+(?:\.\d+)?)\s*ml\b(?!\s*\/)/;
const HOURS = /\bfor\s*(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b/;

function isVolumeMismatch(text: string, rate: RegExpExecArray): boolean {
  const volume = VOLUME.exec(text);
  const hours = HOURS.exec(text);
  if (volume === null || hours === null || rate[2] !== 'ml' || !/^h/.test(rate[3] ?? ''))
    return false;
  return Math.abs(Number(volume[1]) - Number(rate[1]) * Number(hours[1])) > 1e-6;
}

/**
 * Reads an infusion rate ("at 100 ml/hr") and run time ("over 120 min") out of a sig. A rate in
 * litres per minute, or a volume that the rate and time do not add up to ("1000 mL at 50 ml/hour
 * for 4 hours"), is implausible: the reading is then flagged ambiguous.
 */
export function readInfusion(text: string): SigInfusion {
  const rate = RATE.exec(text);
  const withoutRunTime = text.replace(RUN_TIME, ' ');
  if (rate === null) return { continuous: false, implausible: false, text: withoutRunTime };
  const implausible = (rate[2] === 'l' && rate[3] === 'min') || isVolumeMismatch(text, rate);
  const blanked = withoutRunTime.replace(new RegExp(RATE.source, 'g'), ' ');
  return { continuous: !implausible, implausible, text: blanked };
}
