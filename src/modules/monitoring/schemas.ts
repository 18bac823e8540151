import { z } from 'zod';
import { optionalUploadField } from '../../core/http/uploads.js';
import { checkboxGroup, optionalText, postedList, text } from '../../core/validation.js';
import { AREAS } from './areas.js';
import { CITIES } from '../../region/index.js';
import { INDICATOR_KEYS, STORED_INDICATOR_KEYS } from './indicators.js';
import { INITIATIVE_STATUSES } from './tables.js';

/**
 * The text of a CSV pasted into the form, the second way besides uploading the file. The form is
 * multipart (for the file), whose text fields are limited to 100 KB, so pasted text stays below that;
 * larger exports are uploaded (up to the platform's upload limit).
 */
export const CSV_TEXT_LIMIT = 90_000;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'validation.invalid_format')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'validation.invalid_format');
const column = z.coerce.number().int().min(0).max(200);
const optionalColumn = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : Number(value)))
  .pipe(z.number().int().min(0).max(200).nullable());

/** The start form's choice for a long table that names the indicator on each line. */
export const SEVERAL_INDICATORS = 'mehrere';

export const StartImportSchema = z
  .object({
    indicator: z.union([z.literal(SEVERAL_INDICATORS).transform(() => null), z.enum(STORED_INDICATOR_KEYS)]),
    sourceTable: optionalText(100),
    sourceLabel: text(300),
    retrievedOn: day,
    csv: optionalText(CSV_TEXT_LIMIT),
    file: optionalUploadField({ kinds: ['text'] }),
  })
  .strict()
  .refine((input) => input.csv !== null || input.file !== null, {
    message: 'monitoring.import.csv_or_file',
    path: ['file'],
  })
  .refine((input) => input.csv === null || input.file === null, {
    message: 'monitoring.import.csv_and_file',
    path: ['file'],
  });
export type StartImportInput = z.infer<typeof StartImportSchema>;

/** A column field an older form did not post: the same as "none". */
const absentColumn = z.preprocess((value) => value ?? '', optionalColumn);

/** The select for the n-th code of a long table's indicator column is named `code_<n>`. */
export const CODE_FIELD = /^code_(\d{1,3})$/u;
const codeChoice = z.union([z.literal(''), z.enum(STORED_INDICATOR_KEYS)], { error: 'validation.choose_option' });

export const MappingSchema = z
  .object({
    areaColumn: column,
    timeColumn: optionalColumn,
    fixedYear: z
      .string()
      .trim()
      .transform((value) => (value === '' ? null : Number(value)))
      .pipe(z.number().int().min(1950).max(2100).nullable()),
    valueColumn: column,
    unitColumn: optionalColumn,
    indicatorColumn: absentColumn,
    /** The indicator column the code selects were offered for ('' or absent when none were). */
    codesFor: absentColumn,
    breakdownColumns: z
      .preprocess(postedList, z.array(z.coerce.number().int().min(0).max(200)).max(10, 'validation.choose_option'))
      .transform((columns) => [...new Set(columns)]),
  })
  .catchall(codeChoice)
  .superRefine((mapping, context) => {
    for (const key of Object.keys(mapping))
      if (!(key in MAPPING_FIELDS) && !CODE_FIELD.test(key))
        context.addIssue({ code: 'custom', message: 'validation.invalid_format', path: [key] });
  })
  .refine((mapping) => mapping.timeColumn !== null || mapping.fixedYear !== null, {
    message: 'monitoring.import.mapping.time_needed',
    path: ['fixedYear'],
  })
  .transform((mapping) => {
    const codeChoices = new Map<number, string>();
    for (const [key, value] of Object.entries(mapping)) {
      const index = CODE_FIELD.exec(key)?.[1];
      if (index !== undefined && typeof value === 'string') codeChoices.set(Number(index), value);
    }
    return {
      areaColumn: mapping.areaColumn,
      timeColumn: mapping.timeColumn,
      fixedYear: mapping.fixedYear,
      valueColumn: mapping.valueColumn,
      unitColumn: mapping.unitColumn,
      indicatorColumn: mapping.indicatorColumn,
      breakdownColumns: mapping.breakdownColumns,
      /** Choices for the codes by their position, only when offered for the column mapped now. */
      codeChoices:
        mapping.indicatorColumn !== null && mapping.codesFor === mapping.indicatorColumn
          ? codeChoices
          : new Map<number, string>(),
    };
  });
const MAPPING_FIELDS = {
  areaColumn: true,
  timeColumn: true,
  fixedYear: true,
  valueColumn: true,
  unitColumn: true,
  indicatorColumn: true,
  codesFor: true,
  breakdownColumns: true,
};
export type MappingInput = z.infer<typeof MappingSchema>;

export const CorrectValueSchema = z
  .object({
    value: z
      .string()
      .trim()
      .regex(/^-?\d+(,\d+)?$/u, 'monitoring.values.number_format')
      .transform((value) => Number(value.replace(',', '.'))),
    reason: text(1000).pipe(z.string().min(3)),
  })
  .strict();
export type CorrectValueInput = z.infer<typeof CorrectValueSchema>;

export const TargetSchema = z
  .object({
    indicator: z.enum(STORED_INDICATOR_KEYS),
    area: z.union([z.literal('').transform(() => null), z.enum(AREAS)]),
    kind: z.enum(['value', 'indicator']),
    targetValue: z.string().trim(),
    targetYear: z.string().trim(),
    referenceIndicator: z.union([z.literal('').transform(() => null), z.enum(STORED_INDICATOR_KEYS)]),
  })
  .strict();
export type TargetInput = z.infer<typeof TargetSchema>;

export const DashboardQuerySchema = z
  .object({
    lang: z.string(),
    indikator: z.enum(STORED_INDICATOR_KEYS).optional(),
    jahr: z.coerce.number().int().min(1950).max(2100).optional(),
  })
  .strict();

export const IndicatorParamsSchema = z.object({ lang: z.string(), key: z.string().max(80) }).strict();
export const IdParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();
export const EmptyFormSchema = z.object({}).strict();
export const InitiativeStatusSchema = z.object({ status: z.enum(INITIATIVE_STATUSES) }).strict();

export const LinkProjectSchema = z.object({ project: z.string().uuid('validation.choose_option') }).strict();

/** The coordinator's changes to an initiative: status, who runs it, where, and what measures it. */
export const EditInitiativeSchema = z
  .object({
    status: z.enum(INITIATIVE_STATUSES, { error: 'validation.choose_option' }),
    owner: optionalText(200),
    cities: checkboxGroup(CITIES),
    indicators: checkboxGroup(INDICATOR_KEYS),
  })
  .strict();
export type EditInitiativeInput = z.infer<typeof EditInitiativeSchema>;

export const MilestoneSchema = z.object({ title: text(300), dueOn: day }).strict();
export type MilestoneInput = z.infer<typeof MilestoneSchema>;

export const MilestoneParamsSchema = z
  .object({ lang: z.string(), id: z.string().uuid(), milestone: z.string().uuid() })
  .strict();
