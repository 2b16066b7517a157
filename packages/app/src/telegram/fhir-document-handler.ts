import { readLocalClock, type PrescriptionStore, type ProfileStore } from '@ctrl-alt-heal/agent';
import {
  importMedicationRequests,
  importToPrescriptions,
  type ImportedPrescription,
  medicationKey,
} from '@ctrl-alt-heal/domain';
import type { Context } from 'grammy';
import { z } from 'zod';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { BlobStore } from '../storage/blob-store';
import { COMMAND_REPLIES } from './command-replies';
import { fhirImportReplyHtml, fhirIssuesReplyHtml } from './fhir-import-reply';
import { importBatchKeyboard, importDraftId, MAX_IMPORT_DRAFTS } from './import-batch-buttons';
import { medicineNameKeys } from './medicine-name-key';
import { sendHtmlReply } from './send-html-reply';
import type { TelegramFileDownloader } from './telegram-file-download';
import type { TurnReport, TurnReports } from './turn-report';

/** Largest FHIR file accepted, in bytes (1 MiB). */
export const MAX_FHIR_FILE_BYTES = 1_048_576;

/** What {@link handleFhirDocument} needs. */
export interface FhirDocumentDeps {
  readonly identities: IdentityResolver;
  readonly profiles: Pick<ProfileStore, 'get'>;
  readonly prescriptions: Pick<PrescriptionStore, 'saveDraft' | 'listActive'>;
  readonly uploads: Pick<BlobStore, 'put'>;
  readonly downloadFile: TelegramFileDownloader;
  readonly reports: TurnReports;
  readonly now: () => Date;
  readonly newId: () => string;
}

const documentSchema = z.looseObject({
  file_id: z.string().min(1),
  file_name: z.string().optional(),
  mime_type: z.string().optional(),
  file_size: z.number().int().nonnegative().optional(),
});

type Reply = (html: string, outcome: TurnReport['outcome']) => Promise<void>;

/**
 * Handles a document message. A `.json` file (by MIME type or name) up to
 * {@link MAX_FHIR_FILE_BYTES} is downloaded, kept in the uploads store under the sender's user,
 * parsed and imported as a FHIR bundle. Invalid JSON or an invalid bundle gets a plain list of
 * what is wrong and saves nothing; otherwise each medicine whose schedule is clear is saved as a
 * draft in the user's zone, and the reply shows all of them with one "Confirm all" button.
 * Medicines that need a check are listed and not saved. A medicine whose name key (see
 * `medicationKey`) matches an active prescription of the user is listed as already saved
 * and left out of the batch, so sending the same file twice cannot save duplicates. Without a zone the user is asked to set
 * one first (nothing is downloaded).
 *
 * @throws the Bot API's and the stores' errors, for the processor.
 */
export async function handleFhirDocument(ctx: Context, deps: FhirDocumentDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'fhirImport';
  const document = documentSchema.safeParse(ctx.message?.document);
  const from = ctx.from;
  const chatId = ctx.chat?.id;
  if (!document.success || from === undefined || chatId === undefined) return;
  const reply: Reply = async (html, outcome) => {
    await sendHtmlReply(ctx.api, chatId, html, { report });
    report.outcome = outcome;
  };

  const file = document.data;
  if (!isJsonDocument(file)) return reply(COMMAND_REPLIES.notJson, 'refused');
  if ((file.file_size ?? 0) > MAX_FHIR_FILE_BYTES) {
    return reply(COMMAND_REPLIES.fileTooLarge, 'refused');
  }

  const { userId } = await deps.identities.resolveUser('telegram', String(from.id));
  const timeZone = (await deps.profiles.get(userId))?.timeZone ?? null;
  if (timeZone === null) return reply(COMMAND_REPLIES.zoneFirst, 'refused');

  const download = await deps.downloadFile(ctx.api, file.file_id, MAX_FHIR_FILE_BYTES);
  if (download.kind === 'tooLarge') return reply(COMMAND_REPLIES.fileTooLarge, 'refused');
  await deps.uploads.put(userId, `${deps.newId()}.json`, download.bytes, 'application/json');

  const items = readBundle(download.bytes, timeZone, deps);
  if (items.kind === 'refused') return reply(items.html, 'refused');

  const activeKeys = medicineNameKeys(await deps.prescriptions.listActive(userId));
  const isSaved = (item: ImportedPrescription): boolean =>
    activeKeys.has(medicationKey(item.prescription.medication));
  const fresh = items.prescriptions.filter((item) => !isSaved(item));
  const already = items.prescriptions.filter(isSaved);
  const saved = await saveDrafts(userId, fresh, deps);
  await sendHtmlReply(ctx.api, chatId, fhirImportReplyHtml(fresh, timeZone, already), {
    report,
    ...(saved === null ? {} : { keyboard: importBatchKeyboard(saved.batchId, saved.count) }),
  });
  report.outcome = 'replied';
}

/** True for a file Telegram labels as JSON or whose name ends in `.json`. */
function isJsonDocument(file: { mime_type?: string; file_name?: string }): boolean {
  const mime = file.mime_type?.toLowerCase() ?? '';
  return (
    mime === 'application/json' ||
    mime.endsWith('+json') ||
    (file.file_name?.toLowerCase().endsWith('.json') ?? false)
  );
}

type BundleReading =
  | { readonly kind: 'read'; readonly prescriptions: readonly ImportedPrescription[] }
  | { readonly kind: 'refused'; readonly html: string };

function readBundle(
  bytes: Uint8Array,
  timeZone: string,
  deps: Pick<FhirDocumentDeps, 'now'>,
): BundleReading {
  const json = parseJson(bytes);
  if (json === undefined) return { kind: 'refused', html: COMMAND_REPLIES.badJson };
  const imported = importMedicationRequests(json);
  if (!imported.ok) return { kind: 'refused', html: fhirIssuesReplyHtml(imported.issues) };
  if (imported.medications.length === 0) {
    return { kind: 'refused', html: COMMAND_REPLIES.noMedications };
  }
  if (imported.medications.length > MAX_IMPORT_DRAFTS) {
    return { kind: 'refused', html: COMMAND_REPLIES.tooManyMedications };
  }
  const now = deps.now();
  const startDate = readLocalClock(now, timeZone).localDate;
  return {
    kind: 'read',
    prescriptions: importToPrescriptions(imported.medications, {
      timeZone,
      startDate,
      now,
      startAt: now.toISOString(),
    }),
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    // Not UTF-8 (TypeError) or not JSON (SyntaxError): the patient is told; nothing is saved.
    if (error instanceof SyntaxError || error instanceof TypeError) return undefined;
    throw error;
  }
}

/**
 * Saves the clear medicines as drafts `<batch>-1`, `<batch>-2`, … created now, so the one
 * button can confirm exactly these; null when none is clear.
 */
async function saveDrafts(
  userId: string,
  items: readonly ImportedPrescription[],
  deps: Pick<FhirDocumentDeps, 'prescriptions' | 'newId' | 'now'>,
): Promise<{ readonly batchId: string; readonly count: number } | null> {
  const ready = items.filter((item) => item.clarifications.length === 0);
  if (ready.length === 0) return null;
  const batchId = deps.newId();
  const createdAt = deps.now().toISOString();
  for (const [index, item] of ready.entries()) {
    await deps.prescriptions.saveDraft(userId, {
      ...item.prescription,
      prescriptionId: importDraftId(batchId, index),
      status: 'draft',
      createdAt,
    });
  }
  return { batchId, count: ready.length };
}
