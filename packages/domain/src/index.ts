// Public surface of @ctrl-alt-heal/domain. Every export here is a promise to keep.

// Sig readings
export type {
  DayOfWeek,
  DoseRange,
  Duration,
  EventTiming,
  Frequency,
  PeriodUnit,
  Quantity,
  Route,
  SigReading,
  SigStep,
} from './sig/sig-reading';
export { SIG_READING_FIELDS } from './sig/sig-reading';

// Sig parsing
export { parseSig } from './sig/parse-sig';
export { EMPTY_SIG_STEP, emptySigReading } from './sig/empty-sig-step';
export type { SigCorpus, SigCorpusEntry, SigCorpusIssue } from './sig/sig-corpus';
export { parseSigCorpus } from './sig/sig-corpus';
export type { SigField, SigFieldFailure, SigScore, SigScoreCase } from './sig/score-sig-readings';
export { isSigValueEqual, scoreSigReadings } from './sig/score-sig-readings';

// Schedules
export type {
  DoseInstant,
  DosePattern,
  DoseSchedule,
  LocalTime,
  ScheduledDose,
  SchedulePhase,
} from './schedule/dose-schedule';
export { buildSchedule } from './schedule/build-schedule';
export type { BuildScheduleOptions } from './schedule/build-schedule';
export type { ScheduleIssue, ScheduleIssueCode, ScheduleResult } from './schedule/schedule-result';
export {
  DEFAULT_DAY_ANCHORS,
  DEFAULT_TIMES_PER_DAY,
  MAX_DOSES_PER_DAY,
} from './schedule/day-anchors';
export type { DayAnchors } from './schedule/day-anchors';
export { MIN_INTERVAL_HOURS } from './schedule/step-pattern';
export { LATEST_END_YEAR, MAX_COURSE_DAYS } from './schedule/plausibility-issues';
export { expandDoses } from './schedule/expand-doses';
export type { InstantRange } from './schedule/expand-doses';
export { dosesOnLocalDate } from './schedule/doses-on-local-date';
export { isLocalTime } from './schedule/local-time';

// Time zones
export { canonicalTimeZone } from './timezone/canonical-time-zone';
export { fixedOffsetLabel, isFixedOffsetZone } from './timezone/fixed-offset-label';
export { describeOffset } from './timezone/describe-offset';
export { resolveTimeZone } from './timezone/resolve-time-zone';
export {
  BORDER_MARGIN_KM,
  resolveTimeZoneFromLocation,
} from './timezone/resolve-time-zone-from-location';
export type { TimeZoneCandidate, TimeZoneResolution } from './timezone/time-zone-resolution';
export { MAX_TIME_ZONE_SUGGESTIONS, suggestTimeZoneNames } from './timezone/time-zone-suggestions';
export { TIME_ZONE_ABBREVIATIONS } from './timezone/time-zone-abbreviations';
export { TIME_ZONE_CITIES } from './timezone/time-zone-cities';
export type { TimeZoneCity } from './timezone/time-zone-cities';

// Prescriptions
export { medicationKey } from './prescription/medication-key';
export type {
  Prescription,
  PrescriptionSource,
  PrescriptionStatus,
} from './prescription/prescription';

// FHIR
export { sigToDosage } from './fhir/sig-to-dosage';
export { dosageToSig } from './fhir/dosage-to-sig';
export { importMedicationRequests } from './fhir/import-medication-requests';
export type { FhirImportResult, ImportedMedication } from './fhir/imported-medication';
export { importToPrescriptions } from './fhir/import-to-prescriptions';
export type {
  ImportedPrescription,
  ImportToPrescriptionsOptions,
} from './fhir/import-to-prescriptions';
export type { SigParser } from './fhir/read-medication-request';
export type { FhirIssue, FhirIssueCode } from './fhir/fhir-issue';
export { exportPatientBundle } from './fhir/export-patient-bundle';
export type { PatientBundleInput } from './fhir/export-patient-bundle';
export type { RecordedDose } from './fhir/recorded-dose';

// Calendar
export { buildCalendar, OPEN_ENDED_ZONE_YEARS } from './ics/build-calendar';
export type { CalendarInput } from './ics/build-calendar';
export { generateVTimezone } from './ics/vtimezone';
export type { YearRange } from './ics/vtimezone';
