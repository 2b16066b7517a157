/** Fixed replies of the command flows (import, /timezone, /export, /forget, /stop), Telegram HTML. */
export const COMMAND_REPLIES = {
  notJson:
    'I can read FHIR files ending in .json. For anything else, please type the medicine and its instructions.',
  fileTooLarge: 'That file is too large for me (the limit is 1 MB). Please send a smaller one.',
  badJson:
    'That file is not valid JSON, so I could not read it and saved nothing. Please check the file and send it again.',
  noMedications: 'I found no prescriptions (MedicationRequest) in that file, so I saved nothing.',
  tooManyMedications:
    'That file holds more medicines than I can check at once (20 at most), so I saved nothing.',
  zoneFirst:
    'Before I plan your doses I need your time zone. Send /timezone with your city, for example <i>/timezone London</i>, then send the file again.',
  importSaved: 'All saved. Their reminders follow the times above.',
  importCancelled: 'Cancelled. Nothing from that file was saved.',
  askZone:
    'Tell me your time zone, city or country, for example <i>/timezone London</i>, <i>/timezone Asia/Kolkata</i> or <i>/timezone +05:30</i>. You can also share a location.',
  zoneExpired: 'That button has expired. Please send /timezone again.',
  zoneKept: 'All right, I kept your time zone as it was.',
  nothingToExport:
    'You have no saved medicines yet, so there is nothing to export. Type a prescription or send a FHIR file first.',
  exportSent:
    'Here are your medicines: a FHIR file for your clinic and a calendar file you can import into your calendar app.',
  forgetAsk:
    'This deletes everything I keep about you: your medicines, reminders, messages, files and time zone. It cannot be undone. Are you sure?',
  forgetDone: 'Done. I deleted everything I kept about you. If you write again, we start fresh.',
  forgetKept: 'All right, I kept your data.',
  nothingToStop: 'You have no active medicines, so there is nothing to stop.',
  stopWhich: 'Which medicine do you want to stop? Nothing stops until you confirm.',
  stopKept: 'All right, nothing was stopped.',
  stopExpired: 'That button has expired. Please send /stop again.',
} as const;
