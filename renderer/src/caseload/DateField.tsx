import { DateInput, DatesProvider } from '@mantine/dates';
import 'dayjs/locale/he';
import { useTranslation } from 'react-i18next';
import { parseDisplayDate } from '../../../electron/domain/dates';

interface DateFieldProps {
  label: string;
  /** ISO calendar date or null. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string;
  description?: string;
  required?: boolean;
  /** Latest date offered in the calendar (ISO), e.g. today for dates that cannot be in the future. */
  maxDate?: string;
  clearable?: boolean;
  testId?: string;
  autoFocus?: boolean;
  readOnly?: boolean;
  /** A fuller name for screen readers when the visible label relies on its row (a checklist). */
  ariaLabel?: string;
  width?: number | string;
}

/**
 * A calendar date typed day first (dd/mm/yyyy, also d.m.yyyy) or picked from a calendar
 * whose weeks start on Sunday. The value is an ISO date string, as the API wants it.
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, error, description, required, maxDate, clearable, testId, autoFocus, readOnly } =
    props;
  const { ariaLabel, width = 180 } = props;
  const { t, i18n } = useTranslation();
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'he', firstDayOfWeek: 0, weekendDays: [5, 6] }}>
      <DateInput
        label={label}
        description={description}
        value={value}
        onChange={onChange}
        error={error}
        required={required}
        maxDate={maxDate}
        clearable={clearable && !readOnly}
        readOnly={readOnly}
        variant={readOnly ? 'filled' : 'default'}
        valueFormat="DD/MM/YYYY"
        dateParser={parseDisplayDate}
        placeholder={t('common.datePlaceholder')}
        dir="ltr"
        w={width}
        aria-label={ariaLabel}
        data-testid={testId}
        data-autofocus={autoFocus || undefined}
        popoverProps={{ withinPortal: true }}
      />
    </DatesProvider>
  );
}
