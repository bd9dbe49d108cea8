import { Group, SegmentedControl, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterKinds, type LetterKind } from '../../../../electron/domain/documents';
import type { AppLanguage } from '../../../../electron/domain/languages';
import { useApiQuery } from '../../api';
import { QueryState } from '../../components/QueryState';
import { useSession } from '../../session/SessionContext';
import { LetterheadForm } from './LetterheadForm';
import { TemplateEditor } from './TemplateEditor';

/** The coordinator's letters: the wording of each letter in Hebrew and English, and the letterhead. */
export function TemplatesPage() {
  const { t } = useTranslation();
  const { status } = useSession();
  const [kind, setKind] = useState<LetterKind>('referral');
  const [language, setLanguage] = useState<AppLanguage>('he');
  const list = useApiQuery('templates.list', { kind, language });
  const letterhead = useApiQuery('letterhead.get', {});

  return (
    <Stack gap="lg">
      <Title order={1} fz="h2">
        {t('letterTemplates.title')}
      </Title>
      <Tabs defaultValue="letters" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="letters">{t('letterTemplates.tabs.letters')}</Tabs.Tab>
          <Tabs.Tab value="letterhead" data-testid="tab-letterhead">
            {t('letterTemplates.tabs.letterhead')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="letters" pt="md">
          <Stack gap="md">
            <Group gap="md" wrap="wrap">
              <SegmentedControl
                aria-label={t('letterTemplates.letter')}
                value={kind}
                onChange={(value) => setKind(value as LetterKind)}
                data={letterKinds.map((value) => ({ value, label: t(`letterTemplates.kind.${value}`) }))}
                data-testid="template-kind"
              />
              <SegmentedControl
                aria-label={t('letterTemplates.language')}
                value={language}
                onChange={(value) => setLanguage(value as AppLanguage)}
                data={[
                  { value: 'he', label: 'עברית' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </Group>
            <QueryState query={list} />
            {list.data && (
              <TemplateEditor
                // Starts again from the server's text for another letter, language or saved version.
                key={`${kind}:${language}:${list.data.versions[0]?.id ?? 'built-in'}`}
                kind={kind}
                language={language}
                saved={list.data}
              />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="letterhead" pt="md">
          <QueryState query={letterhead} />
          {letterhead.isSuccess && <LetterheadForm saved={letterhead.data} centreName={status.centre?.name ?? ''} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
