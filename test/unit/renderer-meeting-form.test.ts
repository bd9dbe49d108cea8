import { describe, expect, it } from 'vitest';
import { contract } from '../../electron/api/contract';
import { schemaReasons } from '../../renderer/src/forms/reasons';
import {
  blankTask,
  meetingFormDefaults,
  meetingFormPath,
  meetingFormSchema,
  toRecordInput,
} from '../../renderer/src/pages/participant/meetings/meeting-form';

// Monday 30 November 2026, 10:53 local time.
const NOW = new Date(2026, 10, 30, 10, 53);
const TODAY = '2026-11-30';

describe('the record-meeting form', () => {
  const schema = meetingFormSchema(TODAY);

  it('starts from a routine meeting that the contract accepts as it is', () => {
    const defaults = meetingFormDefaults(NOW, 'RED');
    expect(defaults).toMatchObject({
      date: TODAY,
      time: '11:00',
      mode: 'IN_PERSON',
      state: 'ATTENDED',
      bookNext: true,
      nextDate: '2026-12-14',
      nextTime: '11:00',
    });
    expect(schemaReasons(schema, defaults)).toEqual({});
    const input = toRecordInput(7, schema.parse(defaults), 'RED');
    // Blank topics and note are none (undefined is not sent), the unchanged light is left out.
    expect(input.topics).toBeUndefined();
    expect(input.note).toBeUndefined();
    expect(input).not.toHaveProperty('trafficLight');
    expect(input.next).toEqual({ date: '2026-12-14', time: '11:00', mode: 'IN_PERSON' });
    expect(contract['meetings.record'].input.safeParse(input).success).toBe(true);
  });

  it('sends a changed light, ticked tasks and new task rows with words, and no next meeting when unticked', () => {
    const values = {
      ...meetingFormDefaults(NOW, 'RED'),
      trafficLight: 'GREEN',
      taskKeysDone: ['abc'],
      newTasks: [{ ...blankTask(), text: ' לשלוח קו"ח ', dueDate: '2026-12-05' }, blankTask()],
      bookNext: false,
    };
    const input = toRecordInput(7, schema.parse(values), 'RED');
    expect(input).toMatchObject({
      trafficLight: 'GREEN',
      taskKeysDone: ['abc'],
      newTasks: [{ text: 'לשלוח קו"ח', owner: 'participant', dueDate: '2026-12-05' }],
    });
    expect(input).not.toHaveProperty('next');
  });

  it('names a meeting dated tomorrow, a next meeting not after it, and a bad time', () => {
    const values = { ...meetingFormDefaults(NOW, null), date: '2026-12-01', nextDate: '2026-12-01', time: '9:5' };
    expect(schemaReasons(schema, values)).toEqual({
      date: 'errors.meetings.held_in_future',
      nextDate: 'errors.meetings.next_not_after',
      time: 'validation.time',
    });
  });

  it('maps the server’s paths for the next meeting onto its fields', () => {
    expect(meetingFormPath('next.date')).toBe('nextDate');
    expect(meetingFormPath('date')).toBe('date');
  });
});
