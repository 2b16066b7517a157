/** Fixed replies the bot sends without the model, in Telegram HTML. */
export const BOT_REPLIES = {
  start:
    'Hello! I am <b>Ctrl-Alt-Heal</b>, your medication companion.\n\n' +
    'Type a prescription, for example:\n' +
    '<i>Amoxicillin 500 mg: take 1 capsule three times daily for 7 days</i>\n\n' +
    'I will show you what I understood and save it only after you confirm. ' +
    'Send /help to see everything I can do.',
  help:
    'Here is what I can do:\n' +
    '• Read a typed prescription and plan your doses\n' +
    '• List your medicines\n' +
    '• Show today\u2019s doses\n' +
    '• Set your time zone, e.g. <i>my time zone is Europe/London</i>\n\n' +
    'I never invent a dose or a time: if I am unsure, I will ask.',
  onlyText:
    'For now I can only read typed messages. Please type the medicine and its instructions.',
  expiredButton:
    'That button has expired or is not mine. Please send the prescription again and I will show a new one.',
  failed:
    'Sorry, something went wrong on my side and I could not finish that. Please try again in a moment.',
} as const;
