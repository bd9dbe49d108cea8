import { z } from 'zod';
import type { MethodInput } from '../../../../../electron/api/contract';
import { defaultNextMeeting, roundedTime } from '../../../../../electron/domain/meetings';
import { todayIso } from '../../../../../electron/domain/dates';
import type { TrafficLight } from '../../../../../electron/domain/codes';
import { always, blankAsUndefined, chosen, converted } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';

const recordInput = inputOf('meetings.record');
const booking = recordInput.shape.next.unwrap();
const taskInput = recordInput.shape.newTasks.unwrap().element;

/** Local identity of a new-task row for React keys only; never sent. */
let nextRowKey = 0;
export const blankTask = () => ({ key: nextRowKey++, text: '', dueDate: null as string | null });

/**
 * The "record a meeting" form as it holds its values: everything a routine meeting needs is
 * already filled (today, now rounded, in person, attended, the next meeting two weeks on), so
 * the coach only clicks what happened. Each field is checked by the contract's own rule.
 */
export function meetingFormSchema(today: string) {
  return z
    .object({
      date: chosen(recordInput.shape.date),
      time: blankAsUndefined(recordInput.shape.time),
      mode: recordInput.shape.mode,
      state: recordInput.shape.state,
      tools: recordInput.shape.tools,
      topics: blankAsUndefined(recordInput.shape.topics),
      taskKeysDone: recordInput.shape.taskKeysDone,
      newTasks: converted(
        z.array(z.object({ key: z.number(), text: z.string(), dueDate: z.string().nullable() })),
        // A row left empty is a row not used, not a task without words.
        (rows) =>
          rows
            .filter((row) => row.text.trim() !== '')
            .map((row) => ({
              text: row.text.trim(),
              owner: 'participant' as const,
              dueDate: row.dueDate ?? undefined,
            })),
        recordInput.shape.newTasks,
      ),
      trafficLight: z.string(),
      note: blankAsUndefined(recordInput.shape.note),
      bookNext: z.boolean(),
      nextDate: z.string().nullable(),
      nextTime: blankAsUndefined(booking.shape.time),
      nextMode: booking.shape.mode,
    })
    .superRefine((values, ctx) => {
      if (typeof values.date === 'string' && values.date > today)
        ctx.addIssue({ code: 'custom', path: ['date'], message: 'errors.meetings.held_in_future' });
      if (!values.bookNext) return;
      if (!values.nextDate) ctx.addIssue({ code: 'custom', path: ['nextDate'], message: 'validation.required' });
      else if (typeof values.date === 'string' && values.nextDate <= values.date)
        ctx.addIssue({ code: 'custom', path: ['nextDate'], message: 'errors.meetings.next_not_after' });
    }, always);
}

export type MeetingFormValues = z.input<ReturnType<typeof meetingFormSchema>>;
type MeetingFormOutput = z.output<ReturnType<typeof meetingFormSchema>>;

export { taskInput };

/** Today, now rounded to the quarter hour, in person, attended; the next meeting two weeks on. */
export function meetingFormDefaults(now: Date, light: TrafficLight | null): MeetingFormValues {
  const date = todayIso(now);
  const time = roundedTime(now.getHours(), now.getMinutes());
  const next = defaultNextMeeting(date, time);
  return {
    date,
    time,
    mode: 'IN_PERSON',
    state: 'ATTENDED',
    tools: [],
    topics: '',
    taskKeysDone: [],
    newTasks: [],
    trafficLight: light ?? '',
    note: '',
    bookNext: true,
    nextDate: next.date,
    nextTime: next.time ?? '',
    nextMode: 'IN_PERSON',
  };
}

/** What the API takes: the light only when it changed, the next meeting only when one is booked. */
export function toRecordInput(
  participantId: number,
  values: MeetingFormOutput,
  currentLight: TrafficLight | null,
): MethodInput<'meetings.record'> {
  const { bookNext, nextDate, nextTime, nextMode, trafficLight, date, ...rest } = values;
  const light = trafficLight && trafficLight !== currentLight ? (trafficLight as TrafficLight) : undefined;
  return {
    participantId,
    ...rest,
    date: date as string,
    ...(light ? { trafficLight: light } : {}),
    ...(bookNext && nextDate ? { next: { date: nextDate, time: nextTime, mode: nextMode } } : {}),
  };
}

/** Where the server's paths land in this form. */
export const meetingFormPath = (path: string) =>
  ({ 'next.date': 'nextDate', 'next.time': 'nextTime', 'next.mode': 'nextMode' })[path] ?? path;
