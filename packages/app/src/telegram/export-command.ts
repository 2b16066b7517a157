import type { PrescriptionStore, ProfileStore } from '@ctrl-alt-heal/agent';
import { buildCalendar, exportPatientBundle, type RecordedDose } from '@ctrl-alt-heal/domain';
import { InputFile, type Context } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import { COMMAND_REPLIES } from './command-replies';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** File name of the exported FHIR bundle. */
export const EXPORT_FHIR_FILE_NAME = 'ctrl-alt-heal-medicines.fhir.json';
/** File name of the exported calendar. */
export const EXPORT_ICS_FILE_NAME = 'ctrl-alt-heal-reminders.ics';

/** What {@link handleExportCommand} needs. */
export interface ExportDeps {
  readonly identities: IdentityResolver;
  readonly prescriptions: Pick<PrescriptionStore, 'listActive'>;
  readonly profiles: Pick<ProfileStore, 'get'>;
  /**
   * The user's recorded doses (taken or skipped), exported as MedicationAdministrations.
   * Default: none.
   */
  readonly recordedDoses?: (userId: string) => Promise<readonly RecordedDose[]>;
  readonly reports: TurnReports;
  readonly now: () => Date;
}

/**
 * `/export`: sends the sender's active prescriptions as a FHIR R4 Bundle (`.json`, with the
 * recorded doses when a dose source is wired) and as a calendar (`.ics`) in their zone, as two
 * documents uploaded with multipart. With no active prescription it says so instead.
 *
 * Recorded doses of prescriptions that are no longer active are left out with them.
 *
 * TODO: stopped prescriptions and their answered doses are not exported; meanwhile the bundle
 * holds the active ones only, which is safe because it claims nothing about the others.
 *
 * @throws the stores', the Bot API's errors, and RangeError for a zone the calendar cannot use.
 */
export async function handleExportCommand(ctx: Context, deps: ExportDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'export';
  const from = ctx.from;
  const chatId = ctx.chat?.id;
  if (from === undefined || chatId === undefined) return;
  const { userId } = await deps.identities.resolveUser('telegram', String(from.id));

  const prescriptions = await deps.prescriptions.listActive(userId);
  if (prescriptions.length === 0) {
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.nothingToExport, { report });
    report.outcome = 'replied';
    return;
  }
  const now = deps.now();
  const timeZone =
    (await deps.profiles.get(userId))?.timeZone ?? prescriptions[0]?.schedule.timeZone ?? 'UTC';
  const exported = new Set(prescriptions.map((p) => p.prescriptionId));
  const administrations = ((await deps.recordedDoses?.(userId)) ?? []).filter((dose) =>
    exported.has(dose.prescriptionId),
  );
  const bundle = exportPatientBundle({ patient: { id: userId }, prescriptions, administrations });
  const calendar = buildCalendar({ timeZone, prescriptions, now });

  await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.exportSent, { report });
  await ctx.api.sendDocument(
    chatId,
    textFile(JSON.stringify(bundle, null, 2), EXPORT_FHIR_FILE_NAME),
  );
  await ctx.api.sendDocument(chatId, textFile(calendar, EXPORT_ICS_FILE_NAME));
  report.messagesSent += 2;
  report.outcome = 'replied';
}

function textFile(text: string, fileName: string): InputFile {
  return new InputFile(Buffer.from(text, 'utf8'), fileName);
}
