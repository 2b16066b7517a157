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

// Schedules
export type {
  DoseInstant,
  DosePattern,
  DoseSchedule,
  LocalTime,
  ScheduledDose,
  SchedulePhase,
} from './schedule/dose-schedule';

// Prescriptions
export type {
  Prescription,
  PrescriptionSource,
  PrescriptionStatus,
} from './prescription/prescription';
