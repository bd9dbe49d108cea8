import 'dayjs/locale/he';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../electron/domain/dates';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** ISO calendar date or null (undefined reads as null, as a form's field props may give it). */
  value?: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A calendar date typed day first (dd/mm/yyyy, also with dots or dashes) or picked from a
 * calendar whose weeks start on Sunday. The value is an ISO date string, as the API wants it.
 * Any other DateInput prop (minDate, maxDate, w, aria-label, data-testid…) passes through.
 */
export function DateField({ value, onChange, readOnly, clearable, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'he', firstDayOfWeek: 0, weekendDays: [5, 6] }}>
      <DateInput
        placeholder={t('common.datePlaceholder')}
        // Read-only boxes look different from editable ones, so nobody types into one in vain.
        variant={readOnly ? 'filled' : 'default'}
        w={180}
        {...props}
        readOnly={readOnly}
        clearable={clearable && !readOnly}
        // The clear button is an icon: a screen reader needs its name.
        clearButtonProps={{ 'aria-label': t('common.clearDate') }}
        value={value ?? null}
        onChange={onChange}
        valueFormat="DD/MM/YYYY"
        dateParser={parseDisplayDate}
        // Dates read left to right in both languages.
        dir="ltr"
      />
    </DatesProvider>
  );
}
