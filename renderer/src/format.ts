import dayjs from 'dayjs';
import { formatPhone } from '../../electron/domain/phone';

/** An instant (ISO timestamp) as the centre reads it: dd/mm/yyyy HH:mm in this machine's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const value = dayjs(iso);
  return value.isValid() ? value.format('DD/MM/YYYY HH:mm') : iso;
}

/** Today's date as dd/mm/yyyy, for printed sheets. */
export function formatToday(now: Date = new Date()): string {
  return dayjs(now).format('DD/MM/YYYY');
}

/** 05X-XXX-XXXX; an empty value stays empty. */
export function displayPhone(phone: string | null | undefined): string {
  return phone ? formatPhone(phone) : '';
}

/**
 * A name placed inside a translated sentence, isolated (FSI…PDI) so a Latin name in Hebrew
 * text, or a Hebrew one in English, does not reorder the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
