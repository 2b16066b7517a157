import type {
  Bundle,
  Medication,
  MedicationAdministration,
  MedicationIngredient,
  MedicationRequest,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import type { Prescription, PrescriptionStatus } from '../prescription/prescription';
import type { RecordedDose } from './recorded-dose';
import { sigToDosage } from './sig-to-dosage';

/** What goes into a patient's FHIR export. */
export interface PatientBundleInput {
  /** `id` must be a FHIR id (letters, digits, `-` and `.`, at most 64). */
  readonly patient: { readonly id: string; readonly name?: string };
  /** Every `prescriptionId` must be a FHIR id too. */
  readonly prescriptions: readonly Prescription[];
  readonly administrations: readonly RecordedDose[];
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const CONTAINED_MEDICATION_ID = 'medication';

const REQUEST_STATUS: Readonly<Record<PrescriptionStatus, MedicationRequest['status']>> = {
  draft: 'draft',
  active: 'active',
  stopped: 'stopped',
};

/**
 * Builds a FHIR R4 `collection` Bundle of a patient's data: the Patient, one MedicationRequest
 * per prescription (the medicine as a contained Medication with its ingredient and strength,
 * `dosageInstruction` from `sigToDosage`, the verbatim instruction as the first entry's `text`)
 * and one MedicationAdministration per recorded dose (`completed` or `not-done`). References are
 * relative (`Patient/{id}`, `MedicationRequest/{id}`); entries carry no `fullUrl`.
 *
 * @throws Error when an id is not a FHIR id, or a recorded dose names an unknown prescription:
 * both are bugs in the caller, since our ids are generated.
 */
export function exportPatientBundle(input: PatientBundleInput): Bundle {
  const { patient, prescriptions, administrations } = input;
  checkId(patient.id);
  const byId = new Map(prescriptions.map((p) => [checkId(p.prescriptionId), p]));
  const resources: Resource[] = [
    patientResource(patient),
    ...prescriptions.map((p) => medicationRequest(p, patient.id)),
    ...administrations.map((dose, i) => administration(dose, i, byId, patient.id)),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: resources.map((resource) => ({ resource })),
  };
}

function checkId(id: string): string {
  if (!FHIR_ID.test(id)) throw new Error(`Not a FHIR id: ${JSON.stringify(id)}`);
  return id;
}

function patientResource(patient: PatientBundleInput['patient']): Patient {
  const name = patient.name?.trim();
  return { resourceType: 'Patient', id: patient.id, ...(name ? { name: [{ text: name }] } : {}) };
}

function medicationRequest(prescription: Prescription, patientId: string): MedicationRequest {
  const [first, ...rest] = sigToDosage(prescription.sig);
  const text = prescription.instructionText.trim();
  const dosageInstruction = first ? [{ ...(text ? { text } : {}), ...first }, ...rest] : [];
  return {
    resourceType: 'MedicationRequest',
    id: prescription.prescriptionId,
    contained: [medication(prescription)],
    status: REQUEST_STATUS[prescription.status],
    intent: 'order',
    medicationReference: {
      reference: `#${CONTAINED_MEDICATION_ID}`,
      display: prescription.medication,
    },
    subject: { reference: `Patient/${patientId}` },
    authoredOn: prescription.createdAt,
    dosageInstruction,
  };
}

function medication(prescription: Prescription): Medication {
  const { medication: ingredient, strength } = prescription.sig;
  const resource: Medication = {
    resourceType: 'Medication',
    id: CONTAINED_MEDICATION_ID,
    code: { text: prescription.medication },
  };
  if (ingredient === null && strength === null) return resource;
  const entry: MedicationIngredient = {
    itemCodeableConcept: { text: ingredient ?? prescription.medication },
  };
  if (strength !== null) {
    const unit = strength.unit === null ? {} : { unit: strength.unit };
    entry.strength = { numerator: { value: strength.value, ...unit }, denominator: { value: 1 } };
  }
  return { ...resource, ingredient: [entry] };
}

function administration(
  dose: RecordedDose,
  index: number,
  prescriptions: ReadonlyMap<string, Prescription>,
  patientId: string,
): MedicationAdministration {
  const prescription = prescriptions.get(dose.prescriptionId);
  if (!prescription) throw new Error(`Recorded dose ${index} names an unknown prescription`);
  const taken = dose.status === 'taken';
  // TODO: the due time of a taken dose is not exported (R4 has no field for it beside the
  // effective time); the taken time is. Adherence reports read due times from our own store,
  // so nothing downstream depends on it yet.
  return {
    resourceType: 'MedicationAdministration',
    id: `administration-${index + 1}`,
    status: taken ? 'completed' : 'not-done',
    ...(taken ? {} : { statusReason: [{ text: 'skipped by the patient' }] }),
    medicationCodeableConcept: { text: prescription.medication },
    subject: { reference: `Patient/${patientId}` },
    effectiveDateTime: (taken ? dose.takenAt : null) ?? dose.dueAt,
    request: { reference: `MedicationRequest/${dose.prescriptionId}` },
  };
}
