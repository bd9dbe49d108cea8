import type { calendarContract } from '../contracts/calendar';
import { requireRuntime } from '../context';
import { calendarWeek } from '../../services/workshops/calendar';
import type { HandlerMap } from './types';

export const calendarHandlers: HandlerMap<keyof typeof calendarContract> = {
  'calendar.week': (input, ctx) => calendarWeek(requireRuntime(ctx), input.date),
};
