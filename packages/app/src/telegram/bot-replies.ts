/** Fixed replies the bot sends without the model, in Telegram HTML. */
export const BOT_REPLIES = {
  start:
    'Hello! I am <b>Ctrl-Alt-Heal</b>, your medication companion.\n\n' +
    'First, tell me where you are with /timezone, so reminders follow your clock.\n\n' +
    'Then type a prescription, for example:\n' +
    '<i>Amoxicillin 500 mg: take 1 capsule three times daily for 7 days</i>\n' +
    'or send me a FHIR file (.json) from your clinic.\n\n' +
    'I will show you what I understood and save it only after you confirm. ' +
    'Send /stop to stop a medicine, or /help to see everything I can do.',
  help:
    'Here is what I can do:\n' +
    '• Read a typed prescription and plan your doses\n' +
    '• List your medicines\n' +
    '• Show today\u2019s doses\n' +
    '• Read a FHIR file (.json) of your prescriptions\n' +
    '• /timezone \u2014 set your time zone, e.g. <i>/timezone London</i>, or share a location\n' +
    '• /export \u2014 send you your medicines as a FHIR file and a calendar file\n' +
    '• /stop \u2014 stop one medicine and its reminders\n' +
    '• /forget \u2014 delete everything I keep about you\n\n' +
    'I never invent a dose or a time: if I am unsure, I will ask.',
  onlyText:
    'For now I can read typed messages and FHIR files (.json). Please type the medicine and its instructions.',
  expiredButton:
    'That button has expired or is not mine. Please send the prescription again and I will show a new one.',
  failed:
    'Sorry, something went wrong on my side and I could not finish that. Please try again in a moment.',
} as const;
