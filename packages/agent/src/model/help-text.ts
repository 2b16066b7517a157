/**
 * The help text, for the bot's /help and the offline model's "help" reply: short, warm, plain
 * text. It holds no HTML or Markdown and none of `<`, `>` or `&`, so a channel can send it as
 * is or escape it for its own markup.
 */
export const HELP_TEXT = [
  'Here is how I can help you:',
  '- Add a medicine: type the prescription, for example "Amoxicillin 500 mg, 1 capsule three times a day for 7 days". I show you what I understood and save it only when you press Confirm.',
  '- Send a FHIR file (.json) from your clinic, and I will read the prescriptions in it.',
  '- Type "my medications" to see your medicines.',
  '- Type "today" to see what to take today.',
  '- Set your time zone so reminders follow your clock: /timezone Europe/London, or "my time zone is Europe/London".',
  '- /export sends you your medicines as a file.',
  '- /stop stops one medicine and its reminders.',
  '- /forget deletes everything I keep about you.',
  'I never invent a dose or a time. If I am unsure, I ask. In an emergency, call your local emergency number.',
].join('\n');
