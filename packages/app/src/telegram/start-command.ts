import type { ProfileStore } from '@ctrl-alt-heal/agent';
import type { Context } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import { BOT_REPLIES } from './bot-replies';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** Added to the greeting when the user has no time zone yet (HTML). */
export const NO_TIME_ZONE_NOTE =
  'Until you set your time zone, I use <b>UTC</b> for every time I show or remind you of. ' +
  'Set it with <code>/timezone Europe/London</code> (your own zone or city), ' +
  'or share your location with the \u{1F4CE} button.';

/** What {@link handleStartCommand} needs. */
export interface StartCommandDeps {
  readonly identities: IdentityResolver;
  readonly profiles: Pick<ProfileStore, 'get'>;
  readonly reports: TurnReports;
}

/**
 * `/start`: the greeting, plus {@link NO_TIME_ZONE_NOTE} when the sender's user has no time
 * zone yet, so they know times are in UTC until they set one.
 *
 * @throws the identity and profile stores' errors and the Bot API's errors.
 */
export async function handleStartCommand(ctx: Context, deps: StartCommandDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'start';
  const chatId = ctx.chat?.id;
  const from = ctx.from;
  if (chatId === undefined || from === undefined) return;
  const { userId } = await deps.identities.resolveUser('telegram', String(from.id));
  const zone = (await deps.profiles.get(userId))?.timeZone ?? null;
  const text = zone === null ? `${BOT_REPLIES.start}\n\n${NO_TIME_ZONE_NOTE}` : BOT_REPLIES.start;
  await sendHtmlReply(ctx.api, chatId, text, { report });
  report.outcome = 'replied';
}
