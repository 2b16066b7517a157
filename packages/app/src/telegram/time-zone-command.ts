import type { ProfileStore } from '@ctrl-alt-heal/agent';
import {
  resolveTimeZone,
  resolveTimeZoneFromLocation,
  type TimeZoneResolution,
} from '@ctrl-alt-heal/domain';
import type { Context } from 'grammy';
import { z } from 'zod';
import type { IdentityResolver } from '../intake/identity-resolver';
import { sendHtmlReply } from './send-html-reply';
import { roundLocation, zoneChoiceKeyboard, type ZoneSource } from './time-zone-buttons';
import {
  chooseZoneHtml,
  confirmLocationHtml,
  currentZoneHtml,
  invalidZoneHtml,
  zoneSavedHtml,
} from './time-zone-replies';
import type { TurnReport, TurnReports } from './turn-report';

/** Longest zone text read after `/timezone`, in characters; longer text is cut. */
export const MAX_ZONE_TEXT_LENGTH = 100;

/** What the `/timezone` flows need. */
export interface TimeZoneDeps {
  readonly identities: IdentityResolver;
  readonly profiles: Pick<ProfileStore, 'get' | 'setTimeZone'>;
  readonly reports: TurnReports;
  readonly now: () => Date;
}

const locationSchema = z.looseObject({
  latitude: z.number(),
  longitude: z.number(),
});

/**
 * `/timezone [text]`. Alone, it shows the current zone and asks. With text, it resolves
 * everything `resolveTimeZone` accepts: a clear zone is stored for the sender's user and
 * confirmed with the local time there; an ambiguous one gets a button per candidate; an
 * unknown one gets suggestions and nothing is stored.
 *
 * @throws the identity store's, the profile store's and the Bot API's errors.
 */
export async function handleTimeZoneCommand(ctx: Context, deps: TimeZoneDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'timezone';
  const from = ctx.from;
  const chatId = ctx.chat?.id;
  if (from === undefined || chatId === undefined) return;
  const { userId } = await deps.identities.resolveUser('telegram', String(from.id));
  const text = commandArgument(ctx.message?.text ?? '');

  if (text === '') {
    const zone = (await deps.profiles.get(userId))?.timeZone ?? null;
    await sendHtmlReply(ctx.api, chatId, currentZoneHtml(zone, deps.now()), { report });
    report.outcome = 'replied';
    return;
  }
  const resolution = resolveTimeZone(text);
  if (resolution.kind === 'resolved') {
    await deps.profiles.setTimeZone(userId, resolution.timeZone);
    const html = zoneSavedHtml(resolution.timeZone, resolution.label, deps.now());
    await sendHtmlReply(ctx.api, chatId, html, { report });
    report.outcome = 'confirmed';
    return;
  }
  await askAbout(ctx, chatId, { kind: 'text', text }, resolution, report);
}

/**
 * A shared location: resolved offline to a zone, which is stored only after the patient presses
 * the confirm button (the nearest-city rule can be wrong near borders).
 *
 * @throws the Bot API's errors.
 */
export async function handleSharedLocation(ctx: Context, deps: TimeZoneDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'location';
  const location = locationSchema.safeParse(ctx.message?.location);
  const chatId = ctx.chat?.id;
  if (!location.success || chatId === undefined) return;
  const source = roundLocation(location.data.latitude, location.data.longitude);
  if (source.kind !== 'location') return;
  const resolution = resolveTimeZoneFromLocation(source.latitude, source.longitude);
  if (resolution.kind !== 'resolved') {
    await askAbout(ctx, chatId, source, resolution, report);
    return;
  }
  const keyboard = zoneChoiceKeyboard(source, [resolution], () => 'Yes, use this time zone');
  const html = confirmLocationHtml(resolution.label, deps.now(), resolution.timeZone);
  await sendHtmlReply(ctx.api, chatId, html, { report, ...(keyboard ? { keyboard } : {}) });
  report.outcome = 'replied';
}

async function askAbout(
  ctx: Context,
  chatId: number,
  source: ZoneSource,
  resolution: Exclude<TimeZoneResolution, { kind: 'resolved' }>,
  report: TurnReport,
): Promise<void> {
  if (resolution.kind === 'invalid') {
    const html = invalidZoneHtml(resolution.message, resolution.suggestions);
    await sendHtmlReply(ctx.api, chatId, html, { report });
    report.outcome = 'refused';
    return;
  }
  const keyboard = zoneChoiceKeyboard(source, resolution.candidates);
  const html = chooseZoneHtml(resolution.message, resolution.candidates, keyboard !== null);
  await sendHtmlReply(ctx.api, chatId, html, { report, ...(keyboard ? { keyboard } : {}) });
  report.outcome = 'replied';
}

/** The text after `/timezone` (or `/timezone@bot`), trimmed and cut to the length limit. */
export function commandArgument(messageText: string): string {
  return messageText
    .replace(/^\/\S+/, '')
    .trim()
    .slice(0, MAX_ZONE_TEXT_LENGTH);
}
