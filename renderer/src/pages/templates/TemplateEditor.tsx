import { Alert, Badge, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import type { LetterKind } from '../../../../electron/domain/documents';
import type { AppLanguage } from '../../../../electron/domain/languages';
import { fieldTag } from '../../../../electron/domain/letter-templates';
import { showSuccess, useApiAction, useApiQuery } from '../../api';
import { DocumentActions } from '../documents/DocumentActions';
import { useProblemText } from './problem-text';
import { TemplateVersions } from './TemplateVersions';

type TemplateList = MethodOutput<'templates.list'>;

/** How long typing must pause before the preview is redrawn. */
const PREVIEW_DEBOUNCE_MS = 400;

/**
 * One letter's wording in one language: the text with its fields, a live preview for invented
 * sample data, saving as a new version, and the versions saved before.
 */
export function TemplateEditor({
  kind,
  language,
  saved,
}: {
  kind: LetterKind;
  language: AppLanguage;
  saved: TemplateList;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const [body, setBody] = useState(saved.body);
  const [debounced] = useDebouncedValue(body, PREVIEW_DEBOUNCE_MS);
  const preview = useApiQuery('templates.check', { kind, language, body: debounced });
  const save = useApiAction('templates.save');
  const [refused, setRefused] = useState<{ body: string; text: string } | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const dir = language === 'he' ? 'rtl' : 'ltr';

  const problem = preview.data?.problem ?? null;
  // A refusal on save stands until the text changes; the live check speaks for the current text.
  const fieldError =
    refused?.body === body ? refused.text : problem && debounced === body ? problemText(problem) : null;

  function insert(name: string) {
    const element = area.current;
    const tag = fieldTag(name);
    const start = element?.selectionStart ?? body.length;
    const end = element?.selectionEnd ?? body.length;
    setBody(body.slice(0, start) + tag + body.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + tag.length, start + tag.length);
    });
  }

  async function submit() {
    const result = await save.run({ kind, language, body });
    if (!result.ok) return setRefused({ body, text: t(result.error.message) });
    if (!result.value.saved) return setRefused({ body, text: problemText(result.value.problem) });
    setRefused(null);
    showSuccess(t('letterTemplates.savedVersion', { version: result.value.version.version }));
    await queryClient.invalidateQueries({ queryKey: ['templates.list', { kind, language }] });
  }

  return (
    <Stack gap="lg">
      <Group align="flex-start" grow wrap="wrap">
        <Card withBorder padding="lg" miw={340}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} fz="h4">
                {t('letterTemplates.wording')}
              </Title>
              <Badge variant="light" color={saved.builtIn ? 'gray' : 'teal'}>
                {saved.builtIn
                  ? t('letterTemplates.builtIn')
                  : t('letterTemplates.versionInUse', { version: saved.versions[0]?.version })}
              </Badge>
            </Group>
            <Textarea
              ref={area}
              label={t('letterTemplates.text')}
              description={t('letterTemplates.textHint')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={12}
              maxRows={24}
              dir={dir}
              styles={{ input: { fontFamily: 'inherit', lineHeight: 1.6 } }}
              error={fieldError}
              data-testid="template-body"
            />
            <Text size="sm" fw={500}>
              {t('letterTemplates.fields')}
            </Text>
            <Group gap={6}>
              {saved.fields.map((name) => (
                <Button
                  key={name}
                  size="compact-xs"
                  variant="light"
                  onClick={() => insert(name)}
                  title={`${t('letterTemplates.insert')} ${fieldTag(name)}`}
                  data-testid={`insert-${name}`}
                >
                  {t(`letterTemplates.field.${name.replace('.', '_')}`)}
                </Button>
              ))}
            </Group>
            <Group justify="space-between" mt="sm">
              <Button variant="subtle" onClick={() => setBody(saved.defaultBody)}>
                {t('letterTemplates.useBuiltIn')}
              </Button>
              <Button onClick={() => void submit()} loading={save.pending} data-testid="template-save">
                {t('letterTemplates.save')}
              </Button>
            </Group>
          </Stack>
        </Card>
        <Card withBorder padding="lg" miw={340}>
          <Stack gap="sm">
            <Title order={2} fz="h4">
              {t('letterTemplates.preview')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('letterTemplates.previewHint')}
            </Text>
            {problem ? (
              <Alert color="orange">{t('letterTemplates.previewBlocked')}</Alert>
            ) : (
              <Paper withBorder p="md" dir={dir} data-testid="template-preview" mih={200}>
                {(preview.data?.paragraphs ?? []).map((paragraph, index) => (
                  <Text key={index} mb="xs" style={{ unicodeBidi: 'plaintext' }}>
                    {paragraph}
                  </Text>
                ))}
              </Paper>
            )}
            <DocumentActions
              target={problem ? null : { method: 'templates.previewPdf', input: { kind, language, body: debounced } }}
              label={t('letterTemplates.previewPdf')}
              printOnly
              testId="template-pdf"
            />
          </Stack>
        </Card>
      </Group>
      <TemplateVersions kind={kind} language={language} versions={saved.versions} onView={setBody} />
    </Stack>
  );
}
