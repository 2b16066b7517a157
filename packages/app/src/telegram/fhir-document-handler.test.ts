import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import {
  buttonData,
  buttonTexts,
  buttonUpdate,
  messageUpdate,
  PATIENT,
  type TestSender,
} from './testing/telegram-updates';
import { COMMAND_REPLIES } from './command-replies';
import { MAX_FHIR_FILE_BYTES } from './fhir-document-handler';

const FIXTURES = join(__dirname, '../../../../fixtures/fhir-upstream');
const NOW = new Date('2026-03-02T09:00:00Z');

const REPEATER: TestSender = { id: 600_700, is_bot: false, first_name: 'Rex' };

function documentUpdate(
  updateId: number,
  fileId: string,
  overrides = {},
  from: TestSender = PATIENT,
): Record<string, unknown> {
  return messageUpdate(
    updateId,
    {
      document: {
        file_id: fileId,
        file_unique_id: `u${fileId}`,
        file_name: 'medicines.json',
        mime_type: 'application/json',
        file_size: 2048,
        ...overrides,
      },
    },
    from,
  );
}

describe('handleFhirDocument', () => {
  let harness: BotHarness;
  let userId: string;

  useBotHarness(NOW, async (started) => {
    harness = started;
    userId = await harness.userIdOf(PATIENT.id);
  });

  beforeEach(() => {
    harness.api.calls.length = 0;
  });

  const sentTexts = (): string[] =>
    harness.api.callsTo('sendMessage').map((call) => String(call.payload.text));

  async function uploadCount(): Promise<number> {
    const listed = await harness.storage.s3.send(
      new ListObjectsV2Command({ Bucket: harness.storage.bucketNames.uploads, Prefix: 'uploads/' }),
    );
    return listed.KeyCount ?? 0;
  }

  describe('when the patient has no time zone yet', () => {
    it('asks for the zone first and downloads nothing', async () => {
      harness.api.serveFile('f-nozone', '{}');

      await harness.process(documentUpdate(1, 'f-nozone'));

      expect(sentTexts()).toEqual([COMMAND_REPLIES.zoneFirst]);
      expect(harness.api.callsTo('getFile')).toEqual([]);
    });
  });

  describe('when the file is not JSON or too large', () => {
    it('refuses without downloading', async () => {
      await harness.process(
        documentUpdate(2, 'f-pdf', { file_name: 'rx.pdf', mime_type: 'application/pdf' }),
      );
      await harness.process(documentUpdate(3, 'f-big', { file_size: MAX_FHIR_FILE_BYTES + 1 }));

      expect(sentTexts()).toEqual([COMMAND_REPLIES.notJson, COMMAND_REPLIES.fileTooLarge]);
      expect(harness.api.callsTo('getFile')).toEqual([]);
    });
  });

  describe('when the polypharmacy bundle arrives from a patient in Kathmandu', () => {
    it('keeps the file, saves three drafts and shows them with one Confirm all button', async () => {
      await harness.profiles.setTimeZone(userId, 'Asia/Kathmandu');
      const before = await uploadCount();
      harness.api.serveFile(
        'f-poly',
        await readFile(join(FIXTURES, '02_polypharmacy_mixed_schedules.json')),
      );

      await harness.process(documentUpdate(4, 'f-poly'));

      const [reply] = harness.api.callsTo('sendMessage');
      const text = String(reply?.payload.text);
      expect(text).toContain('times in Asia/Kathmandu');
      expect(text.match(/<b>[^<]+<\/b>/g)).toEqual([
        '<b>Metformin 500 mg</b>',
        '<b>Atorvastatin 20 mg</b>',
        '<b>Amoxicillin-Clavulanate 875/125 mg</b>',
      ]);
      expect(buttonTexts(reply)).toEqual(['Confirm all 3', 'Cancel']);
      const [confirm] = buttonData(reply);
      expect(confirm).toMatch(/^rx:all:[0-9a-f-]{36}:3$/);
      const batch = (confirm ?? '').split(':')[2] ?? '';
      const drafts = await Promise.all(
        [1, 2, 3].map((n) => harness.prescriptions.get(userId, `${batch}-${n}`)),
      );
      expect(drafts.map((d) => [d?.status, d?.source, d?.schedule.timeZone])).toEqual([
        ['draft', 'fhir', 'Asia/Kathmandu'],
        ['draft', 'fhir', 'Asia/Kathmandu'],
        ['draft', 'fhir', 'Asia/Kathmandu'],
      ]);
      expect(await harness.prescriptions.listActive(userId)).toEqual([]);
      expect(await uploadCount()).toBe(before + 1);
    });
  });

  describe('when the as-needed bundle arrives', () => {
    it('says the inhaler gets no reminders', async () => {
      harness.api.serveFile(
        'f-prn',
        await readFile(join(FIXTURES, '03_complex_with_notes_and_prn.json')),
      );

      await harness.process(documentUpdate(5, 'f-prn'));

      expect(sentTexts()[0]).toContain('Only when needed, so no reminders.');
    });
  });

  describe('when one medicine is clear and one is not', () => {
    it('saves only the clear one and lists the other as needing a check', async () => {
      harness.api.serveFile('f-mixed', JSON.stringify(mixedBundle()));

      await harness.process(documentUpdate(9, 'f-mixed'));

      const [reply] = harness.api.callsTo('sendMessage');
      const text = String(reply?.payload.text);
      expect(text.indexOf('<b>Lisinopril 10 mg</b>')).toBeLessThan(
        text.indexOf('These need a check first, so I have not saved them:'),
      );
      expect(text).toMatch(/<b>Cream X<\/b>\n<i>\u201cUse as directed\u201d<\/i>\n.*how often/);
      expect(buttonTexts(reply)).toEqual(['Confirm', 'Cancel']);
      expect(buttonData(reply)[0]).toMatch(/:1$/);
    });
  });

  describe('when the file is not valid JSON', () => {
    it('says so and saves no prescription', async () => {
      harness.api.serveFile('f-bad', '{"resourceType": "Bundle", ');

      await harness.process(documentUpdate(6, 'f-bad'));

      expect(sentTexts()).toEqual([COMMAND_REPLIES.badJson]);
      expect(buttonData(harness.api.callsTo('sendMessage')[0])).toEqual([]);
    });
  });

  describe('when the JSON is not a valid bundle', () => {
    it('lists what is wrong and shows no button', async () => {
      harness.api.serveFile(
        'f-invalid',
        JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: 'x' }),
      );

      await harness.process(documentUpdate(7, 'f-invalid'));

      const [reply] = harness.api.callsTo('sendMessage');
      expect(String(reply?.payload.text)).toMatch(
        /^I could not use that file, so I saved nothing\. What is wrong:\n\u2022 Bundle\.entry: /,
      );
      expect(buttonData(reply)).toEqual([]);
    });
  });

  describe('when the same file is sent twice', () => {
    it('lists its medicines as already saved, offers no button and never saves twice', async () => {
      const repeaterId = await harness.userIdOf(REPEATER.id);
      await harness.profiles.setTimeZone(repeaterId, 'Europe/London');
      const bundle = await readFile(join(FIXTURES, '02_polypharmacy_mixed_schedules.json'));
      harness.api.serveFile('f-twice', bundle);
      const activeNames = async (): Promise<string[]> =>
        (await harness.prescriptions.listActive(repeaterId)).map((rx) => rx.medication);

      await harness.process(documentUpdate(20, 'f-twice', {}, REPEATER));
      await harness.process(documentUpdate(21, 'f-twice', {}, REPEATER));
      const [first, second] = harness.api.callsTo('sendMessage');
      await harness.process(buttonUpdate(22, first!, buttonData(first)[0] ?? '', REPEATER));
      await harness.process(buttonUpdate(23, second!, buttonData(second)[0] ?? '', REPEATER));
      await harness.process(documentUpdate(24, 'f-twice', {}, REPEATER));

      expect(await activeNames()).toEqual([
        'Metformin 500 mg',
        'Atorvastatin 20 mg',
        'Amoxicillin-Clavulanate 875/125 mg',
      ]);
      expect(harness.api.callsTo('answerCallbackQuery').at(-1)?.payload.text).toBe('Already saved');
      const third = harness.api.callsTo('sendMessage').at(-1);
      expect(String(third?.payload.text).split('\n\n').slice(1)).toEqual([
        'These are already saved, so I will not save them again:',
        '\u2022 <b>Metformin 500 mg</b>',
        '\u2022 <b>Atorvastatin 20 mg</b>',
        '\u2022 <b>Amoxicillin-Clavulanate 875/125 mg</b>',
        'Everything in this file is already saved, so there is nothing to confirm.',
      ]);
      expect(buttonData(third)).toEqual([]);
    });
  });

  describe('when the file is larger than getFile said', () => {
    it('stops reading at the limit and refuses', async () => {
      harness.api.serveFile('f-liar', 'x'.repeat(MAX_FHIR_FILE_BYTES + 10));

      await harness.process(documentUpdate(8, 'f-liar', { file_size: 100 }));

      expect(sentTexts()).toEqual([COMMAND_REPLIES.fileTooLarge]);
    });
  });
});

function mixedBundle(): Record<string, unknown> {
  const request = (id: string, name: string, text: string): Record<string, unknown> => ({
    resource: {
      resourceType: 'MedicationRequest',
      id,
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p' },
      medicationCodeableConcept: { text: name },
      dosageInstruction: [{ text }],
    },
  });
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      request('a', 'Lisinopril 10 mg', 'Take 1 tablet once daily in the morning'),
      request('b', 'Cream X', 'Use as directed'),
    ],
  };
}
