import { resolveTimeZone, resolveTimeZoneFromLocation } from '@ctrl-alt-heal/domain';
import type { Context } from 'grammy';
import type { Logger } from '../logging/logger';
import { COMMAND_REPLIES } from './command-replies';
import { removeInlineButtons } from './remove-inline-buttons';
import { sendHtmlReply } from './send-html-reply';
import { KEEP_ZONE_DATA, parseZoneChoiceData, type ZoneChoice } from './time-zone-buttons';
import type { TimeZoneDeps } from './time-zone-command';
import { zoneSavedHtml } from './time-zone-replies';

/** What {@link handleTimeZoneButton} needs. */
export interface TimeZoneButtonDeps extends TimeZoneDeps {
  readonly logger: Logger;
}

/**
 * A zone button press. The data is never trusted as a zone: its source (typed text or shared
 * location) is resolved again and the candidate at the pressed index is stored for the
 * presser's user. "Keep" stores nothing. Data we did not issue, or that no longer resolves to
 * that candidate, gets a note to send `/timezone` again. The profile store moves the user's
 * active prescriptions to the new zone and plans their reminders again.
 *
 * @throws the identity store's, the profile store's and the Bot API's errors.
 */
export async function handleTimeZoneButton(ctx: Context, deps: TimeZoneButtonDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'timezoneButton';
  const query = ctx.callbackQuery;
  if (query === undefined) return;
  const chatId = ctx.chat?.id ?? query.from.id;
  await ctx.answerCallbackQuery();

  if (query.data === KEEP_ZONE_DATA) {
    await removeInlineButtons(ctx, deps.logger);
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.zoneKept, { report });
    report.outcome = 'replied';
    return;
  }
  const choice = parseZoneChoiceData(query.data ?? '');
  const picked = choice === null ? null : pickCandidate(choice);
  if (picked === null) {
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.zoneExpired, { report });
    report.outcome = 'expired';
    return;
  }
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  await deps.profiles.setTimeZone(userId, picked.timeZone);
  await removeInlineButtons(ctx, deps.logger);
  await sendHtmlReply(ctx.api, chatId, zoneSavedHtml(picked.timeZone, picked.label, deps.now()), {
    report,
  });
  report.outcome = 'confirmed';
}

function pickCandidate(choice: ZoneChoice): { timeZone: string; label: string } | null {
  const { source } = choice;
  const resolution =
    source.kind === 'text'
      ? resolveTimeZone(source.text)
      : resolveTimeZoneFromLocation(source.latitude, source.longitude);
  if (resolution.kind === 'invalid') return null;
  if (resolution.kind === 'resolved') return choice.index === 0 ? resolution : null;
  return resolution.candidates[choice.index] ?? null;
}
