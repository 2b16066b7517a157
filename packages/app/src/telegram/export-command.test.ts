import { z } from 'zod';
import { plannedDose } from '../reminders/dose-planner';
import { DynamoDoseStore, type DoseAnswer } from '../reminders/dynamo-dose-store';
import { prescriptionFixture } from '../storage/testing/prescription-fixture';
import { COMMAND_REPLIES } from './command-replies';
import { EXPORT_FHIR_FILE_NAME, EXPORT_ICS_FILE_NAME } from './export-command';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import { messageUpdate, PATIENT } from './testing/telegram-updates';

const NOW = new Date('2026-03-02T09:00:00Z');
const uploadSchema = z.object({ fileName: z.string(), text: z.string() });
const bundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  entry: z.array(z.object({ resource: z.looseObject({ resourceType: z.string() }) })),
});

describe('handleExportCommand', () => {
  let harness: BotHarness;
  let userId: string;

  useBotHarness(NOW, async (started) => {
    harness = started;
    userId = await harness.userIdOf(PATIENT.id);
  });

  const exportCommand = (updateId: number): Record<string, unknown> =>
    messageUpdate(updateId, {
      text: '/export',
      entities: [{ type: 'bot_command', offset: 0, length: 7 }],
    });

  describe('when the patient has no active prescription', () => {
    it('sends a plain message and no document', async () => {
      await harness.process(exportCommand(1));

      expect(harness.api.callsTo('sendMessage').map((c) => c.payload.text)).toEqual([
        COMMAND_REPLIES.nothingToExport,
      ]);
      expect(harness.api.callsTo('sendDocument')).toEqual([]);
    });
  });

  describe('when the patient has an active prescription', () => {
    it('uploads the FHIR bundle and the calendar as two documents', async () => {
      await harness.profiles.setTimeZone(userId, 'Europe/London');
      const prescription = prescriptionFixture({ prescriptionId: 'rx-export' });
      await harness.prescriptions.saveDraft(userId, prescription);
      await harness.prescriptions.confirm(userId, 'rx-export');

      await harness.process(exportCommand(2));

      const documents = harness.api
        .callsTo('sendDocument')
        .map((call) => [call.payload.chat_id, uploadSchema.parse(call.payload.document)] as const);
      expect(documents.map(([chat, file]) => [chat, file.fileName])).toEqual([
        [PATIENT.id, EXPORT_FHIR_FILE_NAME],
        [PATIENT.id, EXPORT_ICS_FILE_NAME],
      ]);
      const [fhir, ics] = documents.map(([, file]) => file.text);
      const bundle = bundleSchema.parse(JSON.parse(fhir ?? ''));
      expect(bundle.entry.map((e) => e.resource.resourceType)).toEqual([
        'Patient',
        'MedicationRequest',
      ]);
      expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
      expect(ics).toContain('RRULE:');
    });
  });

  describe('when the patient answered reminders', () => {
    async function answer(prescriptionId: string, at: string, status: DoseAnswer): Promise<void> {
      const { dynamo: client, tableNames } = harness.storage;
      const doses = new DynamoDoseStore({ client, tableNames });
      const dose = plannedDose(userId, prescriptionId, { at }, '0');
      await doses.putIfAbsent({ ...dose, status: 'sent' });
      await doses.recordAnswer(dose, status, '2026-03-01T08:05:00.000Z');
    }

    it('exports the taken and skipped doses of active prescriptions as administrations', async () => {
      await answer('rx-export', '2026-03-01T08:00:00.000Z', 'taken');
      await answer('rx-export', '2026-03-01T14:00:00.000Z', 'skipped');
      await answer('rx-not-active', '2026-03-01T08:00:00.000Z', 'taken');

      await harness.process(exportCommand(3));

      const fhir = harness.api.callsTo('sendDocument').map((c) => c.payload.document)[2];
      const bundle = bundleSchema.parse(JSON.parse(uploadSchema.parse(fhir).text));
      const administrations = bundle.entry
        .map((e) => e.resource)
        .filter((r) => r.resourceType === 'MedicationAdministration');
      const common = {
        resourceType: 'MedicationAdministration',
        medicationCodeableConcept: { text: 'Amoxicillin 500 mg' },
        subject: { reference: `Patient/${userId}` },
        request: { reference: 'MedicationRequest/rx-export' },
      };
      expect(administrations).toEqual([
        {
          ...common,
          id: 'administration-1',
          status: 'completed',
          effectiveDateTime: '2026-03-01T08:05:00.000Z',
        },
        {
          ...common,
          id: 'administration-2',
          status: 'not-done',
          statusReason: [{ text: 'skipped by the patient' }],
          effectiveDateTime: '2026-03-01T14:00:00.000Z',
        },
      ]);
    });
  });
});
