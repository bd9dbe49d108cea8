import { Group, NumberInput } from '@mantine/core';
import { ChoiceSegments } from '../../../components/ChoiceSegments';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../../electron/domain/dates';
import { DateField } from '../../../components/DateField';

interface AgeValues {
  ageMode: 'birthDate' | 'age';
  birthDate: string | null;
  age: number | string;
}

interface AgeAnswerProps<V extends AgeValues> {
  /** Names the choice between a birth date and an age for screen readers. */
  label: string;
  /** The form's own values, of which this answer reads and sets the three age fields. */
  values: V;
  onChange: <K extends keyof V>(key: K, value: V[K]) => void;
  /** The ages this form accepts. */
  ageRange: { min: number; max: number };
  errors?: { birthDate?: string; age?: string };
  testIds: { birthDate: string; age?: string };
}

/** How old the person is: a birth date, or the age they gave on the phone when that is all there is. */
export function AgeAnswer<V extends AgeValues>({
  label,
  values,
  onChange,
  ageRange,
  errors,
  testIds,
}: AgeAnswerProps<V>) {
  const { t } = useTranslation();
  return (
    <Group align="flex-start" gap="md" wrap="wrap">
      <ChoiceSegments
        aria-label={label}
        value={values.ageMode}
        onChange={(mode) => onChange('ageMode', mode as V['ageMode'])}
        data={[
          { value: 'birthDate', label: t('frontdesk.inquiry.byBirthDate') },
          { value: 'age', label: t('frontdesk.inquiry.byAge') },
        ]}
      />
      {values.ageMode === 'birthDate' ? (
        <DateField
          clearable
          aria-label={t('frontdesk.inquiry.birthDate')}
          value={values.birthDate}
          onChange={(value) => onChange('birthDate', value as V['birthDate'])}
          maxDate={todayIso()}
          defaultLevel="decade"
          error={errors?.birthDate}
          w={200}
          data-testid={testIds.birthDate}
        />
      ) : (
        <NumberInput
          aria-label={t('frontdesk.inquiry.age')}
          value={values.age}
          onChange={(value) => onChange('age', value as V['age'])}
          error={errors?.age}
          min={ageRange.min}
          max={ageRange.max}
          allowDecimal={false}
          allowNegative={false}
          w={120}
          data-testid={testIds.age}
        />
      )}
    </Group>
  );
}
