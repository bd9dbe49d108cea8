import { Fieldset, Group, NumberInput, Stack, Text } from '@mantine/core';
import { ChoiceSegments } from '../../../components/ChoiceSegments';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { jobScopes } from '../../../../../electron/domain/codes';
import { todayIso } from '../../../../../electron/domain/dates';
import type { EligibilityCriteria } from '../../../../../electron/domain/eligibility';
import { DateField } from '../../../components/DateField';
import { codeLabel } from '../../../codes';
import { AgeAnswer } from '../common/AgeAnswer';
import { jobScopeChoice } from '../common/labels';
import { askedQuestions, type AnswerValues, type TriState } from './answers';

interface Props {
  criteria: EligibilityCriteria;
  values: AnswerValues;
  onChange: <K extends keyof AnswerValues>(key: K, value: AnswerValues[K]) => void;
}

function Question({
  legend,
  rule,
  children,
  testId,
}: {
  legend: string;
  rule: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Fieldset legend={legend} data-testid={testId}>
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          {rule}
        </Text>
        {children}
      </Stack>
    </Fieldset>
  );
}

/** The routing call's checklist: one question per criterion the centre uses, each answerable as "not asked yet". */
export function ScreeningQuestions({ criteria, values, onChange }: Props) {
  const { t } = useTranslation();
  const asked = askedQuestions(criteria);
  const triState = (key: 'livesInArea' | 'willingToCome' | 'declaresCapacity', label: string) => (
    <Group gap="sm" wrap="wrap">
      <Text size="sm" miw={180}>
        {label}
      </Text>
      <ChoiceSegments
        aria-label={label}
        value={values[key]}
        onChange={(value) => onChange(key, value as TriState)}
        data={(['yes', 'no', 'unknown'] as const).map((value) => ({ value, label: t(`frontdesk.screening.${value}`) }))}
        data-testid={`answer-${key}`}
      />
    </Group>
  );

  return (
    <Stack gap="md">
      <Question
        legend={t('frontdesk.criterion.age')}
        rule={
          criteria.ageMax === null
            ? t('frontdesk.screening.rule.ageFrom', { min: criteria.ageMin })
            : t('frontdesk.screening.rule.ageRange', { min: criteria.ageMin, max: criteria.ageMax })
        }
        testId="question-age"
      >
        <AgeAnswer
          label={t('frontdesk.criterion.age')}
          values={values}
          onChange={onChange}
          ageRange={{ min: 0, max: 130 }}
          testIds={{ birthDate: 'answer-birth-date', age: 'answer-age' }}
        />
      </Question>

      {asked.outOfWork && (
        <Question
          legend={t('frontdesk.screening.outOfWork')}
          rule={[
            criteria.minTimeOutOfWork &&
              t('frontdesk.screening.rule.minOutOfWork', {
                min: codeLabel(t, 'minTimeOutOfWork', criteria.minTimeOutOfWork),
              }),
            criteria.maxYearsOutOfWork &&
              t('frontdesk.screening.rule.maxOutOfWork', { max: criteria.maxYearsOutOfWork }),
          ]
            .filter(Boolean)
            .join(' · ')}
          testId="question-out-of-work"
        >
          <Group align="flex-start" gap="md" wrap="wrap">
            <ChoiceSegments
              aria-label={t('frontdesk.screening.outOfWork')}
              value={values.outOfWorkMode}
              onChange={(mode) => onChange('outOfWorkMode', mode as AnswerValues['outOfWorkMode'])}
              data={[
                { value: 'since', label: t('frontdesk.screening.outOfWorkSince') },
                { value: 'months', label: t('frontdesk.screening.outOfWorkMonths') },
              ]}
            />
            {values.outOfWorkMode === 'since' ? (
              <DateField
                clearable
                aria-label={t('frontdesk.screening.outOfWorkSince')}
                value={values.outOfWorkSince}
                onChange={(value) => onChange('outOfWorkSince', value)}
                maxDate={todayIso()}
                w={200}
                data-testid="answer-out-of-work-since"
              />
            ) : (
              <NumberInput
                aria-label={t('frontdesk.screening.outOfWorkMonths')}
                value={values.outOfWorkMonths}
                onChange={(value) => onChange('outOfWorkMonths', value)}
                min={0}
                max={1200}
                decimalScale={1}
                allowNegative={false}
                w={120}
                data-testid="answer-out-of-work-months"
              />
            )}
          </Group>
        </Question>
      )}

      {asked.residence && (
        <Question
          legend={t('frontdesk.criterion.localResidence')}
          rule={t('frontdesk.screening.rule.residence')}
          testId="question-residence"
        >
          {triState('livesInArea', t('frontdesk.screening.livesInArea'))}
          {triState('willingToCome', t('frontdesk.screening.willingToCome'))}
        </Question>
      )}

      {asked.jobScope && criteria.minJobScope && (
        <Question
          legend={t('frontdesk.criterion.jobScope')}
          rule={t('frontdesk.screening.rule.jobScope', { min: codeLabel(t, 'jobScope', criteria.minJobScope) })}
          testId="question-job-scope"
        >
          <ChoiceSegments
            aria-label={t('frontdesk.criterion.jobScope')}
            value={values.soughtJobScope}
            onChange={(value) => onChange('soughtJobScope', value as AnswerValues['soughtJobScope'])}
            data={[
              ...jobScopes.map((value) => ({ value, label: jobScopeChoice(t, value) })),
              { value: 'unknown', label: t('frontdesk.screening.unknown') },
            ]}
            data-testid="answer-job-scope"
          />
        </Question>
      )}

      {asked.experience && (
        <Question
          legend={t('frontdesk.criterion.experience')}
          rule={t('frontdesk.screening.rule.experience', { min: criteria.minYearsExperience })}
          testId="question-experience"
        >
          <NumberInput
            aria-label={t('frontdesk.screening.yearsExperience')}
            value={values.yearsExperience}
            onChange={(value) => onChange('yearsExperience', value)}
            min={0}
            max={80}
            decimalScale={1}
            allowNegative={false}
            w={120}
            data-testid="answer-experience"
          />
        </Question>
      )}

      {asked.capacity && (
        <Question
          legend={t('frontdesk.criterion.capacity')}
          rule={t('frontdesk.screening.rule.capacity')}
          testId="question-capacity"
        >
          {triState('declaresCapacity', t('frontdesk.screening.declaresCapacity'))}
        </Question>
      )}
    </Stack>
  );
}
