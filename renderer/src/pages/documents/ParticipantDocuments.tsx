import { Card, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { DocumentActions } from './DocumentActions';

type Lang = 'he' | 'en';

function DocumentCard({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={3} fz="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/**
 * The papers a coach prints for one case: the work plan (the current version or a signed one),
 * the exit letter, and a referral letter to an organisation of the centre's directory, which
 * the server refuses, in words, without the person's consent for that organisation.
 */
export function ParticipantDocuments({ participantId }: { participantId: number }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<Lang>(i18n.language === 'en' ? 'en' : 'he');
  const plans = useApiQuery('plans.get', { participantId });
  const services = useApiQuery('services.list', { includeInactive: false });
  const [version, setVersion] = useState<string>('current');
  const [organisation, setOrganisation] = useState<string | null>(null);
  const signed = (plans.data?.versions ?? []).filter((v) => v.status !== 'draft');

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('printing.language')}
        value={lang}
        onChange={(value) => setLang(value as Lang)}
        data={[
          { value: 'he', label: 'עברית' },
          { value: 'en', label: 'English' },
        ]}
        w="fit-content"
      />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <DocumentCard title={t('printing.workPlan')}>
          <Select
            label={t('printing.workPlanVersion')}
            value={version}
            onChange={(value) => setVersion(value ?? 'current')}
            allowDeselect={false}
            data={[
              { value: 'current', label: t('printing.currentDraft') },
              ...signed.map((v) => ({
                value: String(v.version),
                label: t('printing.signedVersion', { version: v.version }),
              })),
            ]}
            data-testid="work-plan-version"
          />
          {plans.data && !plans.data.current ? (
            <Text c="dimmed" size="sm">
              {t('errors.documents.no_plan')}
            </Text>
          ) : (
            <DocumentActions
              target={{
                method: 'documents.workPlan',
                input: { participantId, lang, ...(version === 'current' ? {} : { version: Number(version) }) },
              }}
              testId="work-plan"
            />
          )}
        </DocumentCard>
        <DocumentCard title={t('printing.exitLetter')}>
          <DocumentActions
            target={{ method: 'documents.exitLetter', input: { participantId, lang } }}
            testId="exit-letter"
          />
        </DocumentCard>
        <DocumentCard title={t('printing.referralLetter')}>
          <Select
            label={t('printing.organisation')}
            placeholder={t('printing.chooseOrganisation')}
            searchable
            value={organisation}
            onChange={setOrganisation}
            data={(services.data ?? []).map((s) => ({ value: String(s.id), label: s.name }))}
            data-testid="referral-organisation"
          />
          <DocumentActions
            target={
              organisation
                ? {
                    method: 'documents.referralLetter',
                    input: { participantId, organisationId: Number(organisation), lang },
                  }
                : null
            }
            testId="referral-letter"
          />
        </DocumentCard>
      </SimpleGrid>
    </Stack>
  );
}
