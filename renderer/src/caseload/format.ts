import dayjs from 'dayjs';
import { formatPhone } from '../../../electron/domain/phone';

export { formatDisplayDate } from '../../../electron/domain/dates';

/** An instant (ISO timestamp) as the centre reads it: dd/mm/yyyy HH:mm on this computer's clock. */
export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const value = dayjs(iso);
  return value.isValid() ? value.format('DD/MM/YYYY HH:mm') : iso;
}

/** 05X-XXX-XXXX; an empty value stays empty. */
export function displayPhone(phone: string | null | undefined): string {
  return phone ? formatPhone(phone) : '';
}

/** Today on this computer's clock, which is the centre's day. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/**
 * A name placed inside a translated sentence, isolated (FSI…PDI) so a Latin name in Hebrew
 * text, or a Hebrew one in English, does not reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
