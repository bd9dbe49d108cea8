import { z } from 'zod';
import type { MethodInput } from '../../../../electron/api/contract';
import { timesProblem } from '../../../../electron/domain/schedule';
import { always, blankAsNull, chosen, converted, requiredText } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { numberRangeOf } from '../../forms/limits';
import type { Sentence } from '../../forms/reasons';
import { normaliseTime } from '../frontdesk/conferences/ConferenceFormModal';

const saveInput = inputOf('workshops.save').shape;
const scheduleInput = saveInput.schedule.unwrap().shape;
const sessionInput = inputOf('workshops.moveSession').shape;

/** A select holding an id as text: null (nothing chosen) stays null, the API's "none". */
const optionalId = <T extends z.ZodType>(field: T) =>
  converted(z.string().nullable(), (value) => (value === null ? null : Number(value)) as z.input<T>, field);

/** A number box holds a number, or '' when emptied: '' becomes `empty` for the contract to judge. */
const numberBox = <T extends z.ZodType>(field: T, empty: null | undefined) =>
  converted(z.union([z.number(), z.string()]), (value) => (value === '' ? empty : Number(value)) as z.input<T>, field);

/** "930" typed into a time box is read as 09:30, as the box shows it after leaving it. */
const timeBox = <T extends z.ZodType>(field: T) =>
  converted(z.string(), (text) => normaliseTime(text) as z.input<T>, field);

/** The end after the start: the domain's own rule (electron/domain/schedule.ts), beside the end time. */
function endAfterStart(values: { startTime?: unknown; endTime?: unknown }, ctx: z.RefinementCtx): void {
  const problem = timesProblem(normaliseTime(String(values.startTime)), normaliseTime(String(values.endTime)));
  // Each time's own format is reported by its field's schema; only the order is added here.
  if (problem?.message === 'errors.workshops.end_before_start')
    ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
}

/** What a run is, held as its inputs hold it; each field checked by `workshops.save`'s own rule. */
export const instanceFields = {
  type: chosen(saveInput.type),
  titleId: optionalId(saveInput.titleId),
  title: requiredText(saveInput.title),
  /** Which of the two facilitator fields is sent; never sent itself. */
  facilitatorKind: z.enum(['staff', 'external']),
  facilitatorId: optionalId(saveInput.facilitatorId),
  facilitatorName: blankAsNull(saveInput.facilitatorName),
  place: blankAsNull(saveInput.place),
  capacity: numberBox(saveInput.capacity, null),
  notes: blankAsNull(saveInput.notes),
};
export const instanceSchema = z.object(instanceFields);

/** "Every Tuesday 09:00–13:00, 6 sessions from 03/03/2026", checked by the contract's schedule rules. */
export const scheduleSchema = z
  .object({
    weekday: converted(z.string(), Number, scheduleInput.weekday),
    startTime: timeBox(scheduleInput.startTime),
    endTime: timeBox(scheduleInput.endTime),
    count: numberBox(scheduleInput.count, undefined),
    fromDate: chosen(scheduleInput.fromDate),
  })
  .superRefine(endAfterStart, always);

/** A new run is saved with its sessions: the schedule is part of the same form. */
export const newInstanceSchema = z.object({ ...instanceFields, schedule: scheduleSchema });

export type InstanceValues = z.input<typeof instanceSchema>;
export type ScheduleValues = z.input<typeof scheduleSchema>;

/** The run's fields as `workshops.save` takes them: only the facilitator of the chosen kind. */
export function toSaveInput({
  facilitatorKind,
  facilitatorId,
  facilitatorName,
  ...rest
}: z.output<typeof instanceSchema>) {
  return {
    ...rest,
    facilitatorId: facilitatorKind === 'staff' ? facilitatorId : null,
    facilitatorName: facilitatorKind === 'external' ? facilitatorName : null,
  } satisfies Omit<MethodInput<'workshops.save'>, 'id' | 'expectedUpdatedAt' | 'schedule'>;
}

const between = (schema: z.ZodType): Sentence => ({ key: 'validation.numberBetween', values: numberRangeOf(schema) });

/** The forms' own sentences for rules whose zod name says too little. */
export const instanceSentences = {
  type: 'validation.required',
  capacity: between(saveInput.capacity),
  'schedule.count': between(scheduleInput.count),
  'schedule.startTime': 'validation.time',
  'schedule.endTime': 'validation.time',
  'schedule.fromDate': 'workshops.schedule.fromDateRequired',
};

/** The server names schedule fields without their group ('count'); on this form they sit under `schedule.`. */
const scheduleKeys = new Set(Object.keys(scheduleInput));
export const newInstancePath = (apiPath: string) => (scheduleKeys.has(apiPath) ? `schedule.${apiPath}` : apiPath);

/** One session moved or added: the date, the times in order, and a place of its own if any. */
export const sessionSchema = z
  .object({
    date: chosen(sessionInput.date),
    startTime: timeBox(sessionInput.startTime),
    endTime: timeBox(sessionInput.endTime),
    place: blankAsNull(sessionInput.place),
  })
  .superRefine(endAfterStart, always);

export const sessionSentences = {
  date: 'validation.required',
  startTime: 'validation.time',
  endTime: 'validation.time',
};

/** `workshops.addSessions` names a field as `sessions.0.date`; the form has one session. */
export const sessionPath = (apiPath: string) => apiPath.replace(/^sessions\.\d+\./, '');
