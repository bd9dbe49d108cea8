import dayjs from 'dayjs';

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
