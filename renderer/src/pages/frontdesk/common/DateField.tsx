import '@mantine/dates/styles.css';
import 'dayjs/locale/he';
import { DateInput, DatesProvider, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../../../electron/domain/dates';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  /** ISO calendar date or null. */
  value: string | null;
  onChange: (value: string | null) => void;
};

/**
 * A calendar date typed the Israeli way (dd/mm/yyyy, also with dots or dashes) or picked
 * from a calendar whose weeks start on Sunday. The value is an ISO date string.
 */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'he' ? 'he' : 'en', firstDayOfWeek: 0, weekendDays: [5, 6] }}>
      <DateInput
        valueFormat="DD/MM/YYYY"
        dateParser={parseDisplayDate}
        placeholder={t('common.datePlaceholder')}
        clearable
        allowDeselect
        {...props}
        value={value}
        onChange={onChange}
        // Dates read left to right in both languages.
        styles={{ input: { direction: 'ltr', textAlign: i18n.language === 'he' ? 'right' : 'left' } }}
      />
    </DatesProvider>
  );
}
