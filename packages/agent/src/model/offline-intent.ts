import { parseSig, type SigReading } from '@ctrl-alt-heal/domain';

import { hasTiming } from '../tools/has-timing';
import { detectEmergency, type EmergencyKind } from './emergency-message';
import { CANCELLED_REPLY, isCancelReply } from './cancel-reply';
import { medicationNameFromReply } from './medication-name-reply';
import type { ContentBlock, ConversationMessage, JsonValue } from './conversation-message';

/** What the offline model decided the patient asked for. */
export type OfflineIntent =
  | { readonly kind: 'emergency'; readonly emergency: EmergencyKind }
  | { readonly kind: 'help' }
  | { readonly kind: 'setTimeZone'; readonly zone: string }
  | { readonly kind: 'listMedications' }
  | { readonly kind: 'todaysDoses' }
  | { readonly kind: 'proposePrescription'; readonly text: string; readonly medication?: string }
  | { readonly kind: 'stillNeedsMedicationName' }
  | { readonly kind: 'cancelPending' }
  | { readonly kind: 'unsupported' };

const HELP = /^\s*\/?(help|what can you do)\b/i;
const TIME_ZONE =
  /\b(?:my\s+)?(?:time\s*zone\s+is|time\s*zone\s*:|timezone\s+is|i\s+live\s+in|i\s+am\s+in|i'm\s+in)\s+(.+)$/i;
const LIST = /\b(my\s+(medications?|medicines?|meds|pills|tablets)|list)\b/i;
const TODAY = /\b(today|what\s+do\s+i\s+take|doses)\b/i;
const MEDICATION_WORD =
  /\b(take|tabs?|tablets?|caps?|capsules?|mg|mcg|ml|iu|units?|puffs?|drops?|apply|inhale|sachets?|teaspoons?|spoons?|injection|inject)\b/i;

function namesMedication(text: string, reading: SigReading): boolean {
  return reading.medication !== null || MEDICATION_WORD.test(text);
}

function isRecord(value: JsonValue | undefined): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The input of the tool call answered by the result at `resultIndex`: the nearest earlier call
 * with that id. Searching backwards matters because an id may repeat in a long history (older
 * offline ids counted messages), and the oldest match would be an unrelated instruction.
 */
function nearestCallInput(
  blocks: readonly ContentBlock[],
  resultIndex: number,
  toolUseId: string,
): JsonValue | undefined {
  for (let index = resultIndex - 1; index >= 0; index -= 1) {
    const block = blocks[index];
    if (block !== undefined && 'toolUse' in block && block.toolUse.toolUseId === toolUseId) {
      return block.toolUse.input;
    }
  }
  return undefined;
}

/**
 * The instruction text of the latest `propose_prescription` call whose result asked for the
 * medicine's name, or null when the conversation is not waiting for one (also after the
 * patient cancelled it, which the {@link CANCELLED_REPLY} text after the result marks).
 */
export function pendingInstructionText(history: readonly ConversationMessage[]): string | null {
  const blocks = history.flatMap((message) => message.content);
  for (let index = blocks.length - 1; index >= 0; index -= 1) {
    const block = blocks[index];
    if (block !== undefined && 'text' in block && block.text === CANCELLED_REPLY) {
      return null;
    }
    if (block !== undefined && 'toolResult' in block) {
      const data = block.toolResult.content.find((part) => 'json' in part);
      const json = data !== undefined && 'json' in data ? data.json : undefined;
      if (!isRecord(json) || json.kind !== 'needsMedication') {
        return null;
      }
      const input = nearestCallInput(blocks, index, block.toolResult.toolUseId);
      return isRecord(input) && typeof input.text === 'string' ? input.text : null;
    }
  }
  return null;
}

function namedMedicationReply(
  text: string,
  history: readonly ConversationMessage[],
): OfflineIntent | null {
  const pending = pendingInstructionText(history);
  if (pending === null) {
    return null;
  }
  // "cancel" or "never mind" drops the proposal rather than becoming its name.
  if (isCancelReply(text)) {
    return { kind: 'cancelPending' };
  }
  // A greeting or a sentence is not a name: attaching it would save "Hello: 1 tablet …".
  const name = medicationNameFromReply(text);
  if (name === null) {
    return { kind: 'stillNeedsMedicationName' };
  }
  return { kind: 'proposePrescription', text: pending, medication: name };
}

/**
 * Decides, without a model, what a typed message asks for: an emergency (always first), help, setting the time zone, a
 * prescription (the sig parser finds timing and a medicine name or medicine word), the
 * medication list, today's doses, or the answer to "which medicine is this for?". Anything
 * else is `unsupported`. Deterministic: the same text and history give the same intent.
 */
export function detectOfflineIntent(
  text: string,
  history: readonly ConversationMessage[],
): OfflineIntent {
  // An emergency outranks everything, even a pending "which medicine?" question.
  const emergency = detectEmergency(text);
  if (emergency !== null) {
    return { kind: 'emergency', emergency };
  }
  if (HELP.test(text)) {
    return { kind: 'help' };
  }
  const zone = TIME_ZONE.exec(text.trim())?.[1]?.replace(/[.!?\s]+$/, '');
  if (zone !== undefined && zone !== '') {
    return { kind: 'setTimeZone', zone };
  }
  const reading = parseSig(text);
  const timed = hasTiming(reading);
  // "What do I take today?" reads as a one-day course; only a dose, a name or steps make a
  // timed text a prescription before the list and today questions are considered.
  const dosed = reading.dose !== null || reading.medication !== null || reading.steps !== null;
  if (timed && dosed) {
    return { kind: 'proposePrescription', text: text.trim() };
  }
  if (LIST.test(text)) {
    return { kind: 'listMedications' };
  }
  if (TODAY.test(text)) {
    return { kind: 'todaysDoses' };
  }
  // A short untimed reply to "which medicine is this for?" is the name, even when it carries
  // a strength ("Amlodipine 5 mg") that would otherwise read as a dose.
  const named = timed ? null : namedMedicationReply(text, history);
  if (named !== null) {
    return named;
  }
  if ((timed || reading.dose !== null) && namesMedication(text, reading)) {
    return { kind: 'proposePrescription', text: text.trim() };
  }
  return { kind: 'unsupported' };
}
