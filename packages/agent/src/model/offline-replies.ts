import { HELP_TEXT } from './help-text';
import type { JsonValue, ToolResultBlock } from './conversation-message';

/** What the offline model can do, with an example of each; part of every offline help text. */
const CAPABILITIES = [
  'add a prescription you type, for example "Amoxicillin 500 mg, 1 capsule three times a day for 7 days"',
  'show your medicines: "my medications"',
  'show what to take today: "today"',
  'set your time zone: "my time zone is Europe/London"',
];

function capabilityList(): string {
  return CAPABILITIES.map((item) => `- ${item}`).join('\n');
}

/** The offline help text: the shared {@link HELP_TEXT}. */
export const OFFLINE_HELP = HELP_TEXT;

/** The offline reply to anything it cannot handle. */
export const OFFLINE_UNSUPPORTED = [
  'I am working offline right now, so I cannot answer questions about medicines or read photos and PDFs. That needs the online assistant.',
  `What I can do now:\n${capabilityList()}`,
].join('\n\n');

/**
 * The offline reply when the patient was asked for a medicine's name and answered with
 * something that is not a name.
 */
export const OFFLINE_STILL_NEEDS_MEDICATION_NAME =
  'I still need the name of the medicine for your last instruction. Please send just its name, for example "Amoxicillin 500 mg". Or send a new message to start over.';

/** Prefix when a tool did not do what was asked. */
export const OFFLINE_TOOL_FAILED = 'Sorry, that did not work.';

/** The offline reply when the patient's message was longer than a tool accepts. */
export const OFFLINE_TOO_LONG =
  'That is too long for me to read in one go. Please send just the instruction for one medicine.';

/** The offline reply when a tool rejected its input for another reason. */
export const OFFLINE_INPUT_NOT_READ =
  'Sorry, I could not read that. Please send just the instruction for one medicine, for example "Amoxicillin 500 mg, 1 capsule three times a day".';

function isRecord(value: JsonValue | null): value is { readonly [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(result: ToolResultBlock): string {
  return result.content
    .flatMap((part) => ('text' in part ? [part.text] : []))
    .join('\n')
    .trim();
}

/** The friendly reply for a rejected tool input, or null when the result is something else. */
function invalidInputReply(result: ToolResultBlock): string | null {
  for (const part of result.content) {
    const json = 'json' in part ? part.json : null;
    if (isRecord(json) && json.kind === 'invalidInput') {
      return json.reason === 'tooLong' ? OFFLINE_TOO_LONG : OFFLINE_INPUT_NOT_READ;
    }
  }
  return null;
}

/**
 * A short reply built from tool results: their summaries, an error said plainly. A rejected
 * input never shows the validator's words to the patient.
 */
export function replyFromToolResults(results: readonly ToolResultBlock[]): string {
  return results
    .map((result) => {
      const invalid = invalidInputReply(result);
      if (invalid !== null) {
        return invalid;
      }
      const text = textOf(result);
      return result.status === 'error' ? `${OFFLINE_TOOL_FAILED} ${text}`.trim() : text;
    })
    .filter((text) => text !== '')
    .join('\n\n');
}
