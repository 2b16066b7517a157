import type {
  DoseSchedule,
  DosePattern,
  Prescription,
  SigReading,
  SigStep,
} from '@ctrl-alt-heal/domain';
import { z } from 'zod';
import type { ExpectTrue, SameShape } from './same-shape';

// Schemas for prescriptions read back from DynamoDB. Their output types are inferred (never
// annotated), and the `...MatchesDomain` types below prove they are exactly the domain types, so
// a change there breaks the type-check here instead of rejecting or stripping a stored item.

const quantitySchema = z.object({ value: z.number(), unit: z.string().nullable() });

const doseRangeSchema = z.object({ min: z.number(), max: z.number(), unit: z.string().nullable() });

const periodUnitSchema = z.enum(['h', 'd', 'wk', 'mo']);
const dayOfWeekSchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const eventTimingSchema = z.enum([
  ...(['MORN', 'NOON', 'AFT', 'EVE', 'NIGHT', 'HS', 'WAKE'] as const),
  ...(['C', 'CM', 'CD', 'CV', 'AC', 'ACM', 'ACD', 'ACV', 'PC', 'PCM', 'PCD', 'PCV'] as const),
]);
const routeSchema = z.enum([
  ...(['oral', 'topical', 'inhaled', 'subcutaneous', 'intramuscular', 'ophthalmic'] as const),
  ...(['otic', 'nasal', 'rectal', 'vaginal', 'transdermal', 'sublingual', 'intravenous'] as const),
]);

const sigStepSchema = z.object({
  strength: quantitySchema.nullable(),
  dose: doseRangeSchema.nullable(),
  route: routeSchema.nullable(),
  frequency: z
    .object({ count: z.number(), period: z.number(), periodUnit: periodUnitSchema })
    .nullable(),
  periodMax: z.number().nullable(),
  timesOfDay: z.array(z.string()).nullable(),
  when: z.array(eventTimingSchema).nullable(),
  dayOfWeek: z.array(dayOfWeekSchema).nullable(),
  asNeeded: z.boolean(),
  asNeededFor: z.string().nullable(),
  maxPerDay: quantitySchema.nullable(),
  duration: z.object({ value: z.number(), unit: periodUnitSchema }).nullable(),
  get steps(): z.ZodNullable<z.ZodArray<typeof sigStepSchema>> {
    return z.array(sigStepSchema).nullable();
  },
  ambiguous: z.boolean(),
  frequencyMax: z.number().nullable(),
  count: z.number().nullable(),
  stepsType: z.enum(['sequential', 'concurrent']).nullable(),
});

/** Proof that a stored sig step is exactly the domain's {@link SigStep}. */
export type SigStepMatchesDomain = ExpectTrue<SameShape<z.output<typeof sigStepSchema>, SigStep>>;

/** A sig reading as stored: a step (with nested steps) plus the medication name. */
export const sigReadingSchema = sigStepSchema.extend({ medication: z.string().nullable() });

/** Proof that a stored sig reading is exactly the domain's {@link SigReading}. */
export type SigReadingMatchesDomain = ExpectTrue<
  SameShape<z.output<typeof sigReadingSchema>, SigReading>
>;

const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const everySchema = z.number().int().positive();

const dosePatternSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('daily'),
    times: z.array(localTimeSchema),
    everyNDays: everySchema,
    offsetDays: z.number().int().nonnegative().optional(),
  }),
  z.object({
    kind: z.literal('weekly'),
    times: z.array(localTimeSchema),
    daysOfWeek: z.array(dayOfWeekSchema),
    everyNWeeks: everySchema,
  }),
  z.object({
    kind: z.literal('monthly'),
    times: z.array(localTimeSchema),
    everyNMonths: everySchema,
  }),
  z.object({
    kind: z.literal('interval'),
    firstTime: localTimeSchema,
    everyHours: z.number().positive(),
  }),
  z.object({ kind: z.literal('asNeeded'), reason: z.string().nullable() }),
]);

/** Proof that a stored dose pattern is exactly the domain's {@link DosePattern} (every kind). */
export type DosePatternMatchesDomain = ExpectTrue<
  SameShape<z.output<typeof dosePatternSchema>, DosePattern>
>;

const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A dose schedule as stored. */
export const doseScheduleSchema = z.object({
  timeZone: z.string().min(1),
  startDate: localDateSchema,
  endDate: localDateSchema.nullable(),
  maxDoses: z.number().int().positive().nullable(),
  phases: z.array(
    z.object({
      doses: z.array(z.object({ pattern: dosePatternSchema, dose: doseRangeSchema.nullable() })),
      days: z.number().int().positive().nullable(),
      maxDoses: z.number().int().positive().nullable().optional(),
    }),
  ),
  notBefore: z.string().min(1).nullable().optional(),
});

/** Proof that a stored schedule is exactly the domain's {@link DoseSchedule}. */
export type DoseScheduleMatchesDomain = ExpectTrue<
  SameShape<z.output<typeof doseScheduleSchema>, DoseSchedule>
>;

/** A prescription as stored in the `prescription` attribute of a prescriptions item. */
export const prescriptionSchema = z.object({
  prescriptionId: z.string().min(1),
  medication: z.string(),
  instructionText: z.string(),
  sig: sigReadingSchema,
  schedule: doseScheduleSchema,
  status: z.enum(['draft', 'active', 'stopped']),
  source: z.enum(['text', 'fhir', 'photo', 'pdf']),
  createdAt: z.string().min(1),
});

/** Proof that a stored prescription is exactly the domain's {@link Prescription}. */
export type PrescriptionMatchesDomain = ExpectTrue<
  SameShape<z.output<typeof prescriptionSchema>, Prescription>
>;

/**
 * One item of the prescriptions table: the keys, the status and draft expiry kept at the top
 * level for conditions and filters, and the whole prescription.
 */
export const prescriptionItemSchema = z.object({
  userId: z.string().min(1),
  prescriptionId: z.string().min(1),
  status: z.enum(['draft', 'active', 'stopped']),
  /** Epoch seconds; drafts only. */
  expiresAt: z.number().int().optional(),
  prescription: prescriptionSchema,
});

/** A parsed prescriptions item. */
export type PrescriptionItem = z.infer<typeof prescriptionItemSchema>;
