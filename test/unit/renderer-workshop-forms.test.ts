import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { schemaReasons } from '../../renderer/src/forms/reasons';
import { reasonToShow } from '../../renderer/src/forms/reasons';
import {
  instanceSentences,
  newInstancePath,
  newInstanceSchema,
  sessionPath,
  sessionSchema,
  toSaveInput,
} from '../../renderer/src/pages/workshops/instance-form';

const run = {
  type: 'BACK_TO_WORK',
  titleId: null,
  title: 'חזרה לעבודה אביב',
  facilitatorKind: 'staff' as const,
  facilitatorId: '4',
  facilitatorName: 'ignored when staff',
  place: ' חדר 2 ',
  capacity: 12 as number | string,
  notes: '',
};
const schedule = {
  weekday: '2',
  startTime: '930',
  endTime: '13:00',
  count: 6 as number | string,
  fromDate: '2027-03-09',
};

describe('the new workshop run form', () => {
  it('sends what workshops.save accepts: the chosen facilitator only, trimmed text, the time as typed read as hh:mm', () => {
    const { schedule: planned, ...fields } = newInstanceSchema.parse({ ...run, schedule });
    const input = { ...toSaveInput(fields), schedule: planned };
    expect(input).toMatchObject({ facilitatorId: 4, facilitatorName: null, place: 'חדר 2', notes: null, capacity: 12 });
    expect(input.schedule).toEqual({
      weekday: 2,
      startTime: '09:30',
      endTime: '13:00',
      count: 6,
      fromDate: '2027-03-09',
    });
    expect(contract['workshops.save'].input.safeParse(input).success).toBe(true);
  });

  it('sends an outside facilitator by name and no account', () => {
    const values = { ...run, facilitatorKind: 'external' as const, facilitatorName: ' רינה ', schedule };
    const { schedule: _planned, ...fields } = newInstanceSchema.parse(values);
    expect(toSaveInput(fields)).toMatchObject({ facilitatorId: null, facilitatorName: 'רינה' });
  });

  it('names a run with 0 places and one of 501 places by the contract range, before sending', () => {
    expect(schemaReasons(newInstanceSchema, { ...run, capacity: 0, schedule })).toEqual({
      capacity: 'validation.too_small',
    });
    expect(schemaReasons(newInstanceSchema, { ...run, capacity: 501, schedule })).toEqual({
      capacity: 'validation.too_big',
    });
    // An empty box is "no limit", which the contract allows.
    expect(schemaReasons(newInstanceSchema, { ...run, capacity: '', schedule })).toEqual({});
    // What the coordinator reads beside the field: the range from the contract itself.
    expect(reasonToShow('validation.too_small', instanceSentences.capacity)).toMatchObject({
      key: 'validation.numberBetween',
      values: { min: 1, max: 500 },
    });
  });

  it('names a schedule ending before it starts, beside the end time, and an empty start date', () => {
    const reasons = schemaReasons(newInstanceSchema, {
      ...run,
      schedule: { ...schedule, startTime: '13:00', endTime: '09:00', fromDate: null },
    });
    expect(reasons).toEqual({
      'schedule.endTime': 'errors.workshops.end_before_start',
      'schedule.fromDate': 'validation.invalid_type',
    });
    expect(schemaReasons(newInstanceSchema, { ...run, schedule: { ...schedule, endTime: '09:30' } })).toEqual({
      'schedule.endTime': 'errors.workshops.end_before_start',
    });
  });

  it('names a missing type and title, 0 sessions and more than the contract allows', () => {
    expect(
      schemaReasons(newInstanceSchema, { ...run, type: null, title: ' ', schedule: { ...schedule, count: 0 } }),
    ).toEqual({
      type: 'validation.invalid_value',
      title: 'validation.required',
      'schedule.count': 'validation.too_small',
    });
    expect(schemaReasons(newInstanceSchema, { ...run, schedule: { ...schedule, count: 61 } })).toEqual({
      'schedule.count': 'validation.too_big',
    });
  });

  it('places the server schedule reasons under the schedule, and the run reasons where they are', () => {
    expect(newInstancePath('weekday')).toBe('schedule.weekday');
    expect(newInstancePath('endTime')).toBe('schedule.endTime');
    expect(newInstancePath('facilitatorId')).toBe('facilitatorId');
  });
});

describe('the move or add session form', () => {
  it('accepts a session and sends it as workshops.moveSession takes it', () => {
    const parsed = sessionSchema.parse({ date: '2027-03-16', startTime: '9:00', endTime: '1300', place: '' });
    expect(parsed).toEqual({ date: '2027-03-16', startTime: '09:00', endTime: '13:00', place: null });
    expect(contract['workshops.moveSession'].input.safeParse({ sessionId: 1, ...parsed }).success).toBe(true);
  });

  it('names an end before the start, a bad time and a missing date', () => {
    expect(schemaReasons(sessionSchema, { date: null, startTime: '14:00', endTime: '13:00', place: '' })).toEqual({
      date: 'validation.invalid_type',
      endTime: 'errors.workshops.end_before_start',
    });
    expect(
      schemaReasons(sessionSchema, { date: '2027-03-16', startTime: '25:00', endTime: '13:00', place: '' }),
    ).toEqual({
      startTime: 'validation.time_of_day',
    });
  });

  it('reads the add-sessions reason for the only session as the form field', () => {
    expect(sessionPath('sessions.0.endTime')).toBe('endTime');
    expect(sessionPath('date')).toBe('date');
  });
});
