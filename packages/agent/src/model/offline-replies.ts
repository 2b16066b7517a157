import type { ToolResultBlock } from './conversation-message';

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

/** The offline help text. */
export const OFFLINE_HELP = `Here is what I can do for you:\n${capabilityList()}`;

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

function textOf(result: ToolResultBlock): string {
  return result.content
    .flatMap((part) => ('text' in part ? [part.text] : []))
    .join('\n')
    .trim();
}

/** A short reply built from tool results: their summaries, an error said plainly. */
export function replyFromToolResults(results: readonly ToolResultBlock[]): string {
  return results
    .map((result) => {
      const text = textOf(result);
      return result.status === 'error' ? `${OFFLINE_TOOL_FAILED} ${text}`.trim() : text;
    })
    .filter((text) => text !== '')
    .join('\n\n');
}
