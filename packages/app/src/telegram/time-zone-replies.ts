import { readLocalClock } from '@ctrl-alt-heal/agent';
import { isFixedOffsetZone, type TimeZoneCandidate } from '@ctrl-alt-heal/domain';
import { COMMAND_REPLIES } from './command-replies';
import { escapeHtml } from './escape-html';

/** `/timezone` alone: the current zone and its local time, or that none is set; then how. */
export function currentZoneHtml(timeZone: string | null, now: Date): string {
  const current =
    timeZone === null
      ? 'You have not set a time zone yet.'
      : `Your time zone is <b>${escapeHtml(timeZone)}</b>; it is ${readLocalClock(now, timeZone).localTime} there now.`;
  return `${current}\n\n${COMMAND_REPLIES.askZone}`;
}

/** After storing a zone: the zone and the current local time there. */
export function zoneSavedHtml(timeZone: string, label: string, now: Date): string {
  const time = readLocalClock(now, timeZone).localTime;
  // A fixed offset's label already states the offset; its IANA id (Etc/GMT+5 is UTC-05:00)
  // would only confuse.
  const shown =
    label.includes(timeZone) || isFixedOffsetZone(timeZone) ? label : `${label} (${timeZone})`;
  return (
    `Thank you. Your time zone is now <b>${escapeHtml(shown)}</b>. ` +
    `It is ${time} there now, and reminders will follow this clock.`
  );
}

/** A resolved location, asking before it is stored. */
export function confirmLocationHtml(label: string, now: Date, timeZone: string): string {
  return (
    `You seem to be <b>${escapeHtml(label)}</b>, where it is ` +
    `${readLocalClock(now, timeZone).localTime} now. Shall I use this time zone?`
  );
}

/** An ambiguous zone: the question, with the candidates listed when they have no buttons. */
export function chooseZoneHtml(
  message: string,
  candidates: readonly TimeZoneCandidate[],
  hasButtons: boolean,
): string {
  if (hasButtons) return escapeHtml(message);
  const listed = candidates.map((candidate) => `\u2022 ${escapeHtml(candidate.label)}`);
  return [escapeHtml(message), ...listed, 'Send /timezone with the one you mean.'].join('\n');
}

/** An unknown zone: why, the suggestions, and that nothing was stored. */
export function invalidZoneHtml(message: string, suggestions: readonly string[]): string {
  const hint =
    suggestions.length === 0
      ? ''
      : `\nDid you mean: ${suggestions.map((name) => `<i>${escapeHtml(name)}</i>`).join(', ')}?`;
  return `${escapeHtml(message)}${hint}\nI kept your time zone as it was.`;
}
