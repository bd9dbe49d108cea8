import { Button, FileInput, Group, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { showApiError, useApiAction } from '../../api';
import { ImportReportView } from './ImportReportView';

type Report = MethodOutput<'imports.run'>;

/** The file's bytes as base64, in chunks: one String.fromCharCode over megabytes overflows the stack. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The coordinator's migration import (CRF-1 §3, §7): choose the bundle, see every problem by
 * file, row and column or the counts a dry run found, then import. The import is one
 * transaction on the server, so the bar runs until it commits and then fills.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const action = useApiAction('imports.run');
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<Report | null>(null);
  const [done, setDone] = useState<Report | null>(null);
  const [phase, setPhase] = useState<'idle' | 'checking' | 'importing'>('idle');
  // Done marks all three steps complete.
  const step = done ? 3 : checked ? 1 : 0;

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase(dryRun ? 'checking' : 'importing');
    const result = await action.run({ zipBase64: await base64Of(file), dryRun });
    setPhase('idle');
    if (!result.ok) return showApiError(result.error, t);
    if (dryRun) setChecked(result.value);
    else setDone(result.value);
  };

  const restart = () => {
    setFile(null);
    setChecked(null);
    setDone(null);
  };

  return (
    <Stack gap="lg" maw={960}>
      {/* The page's one h1, as on every page: screen readers jump to it, the page check waits for it. */}
      <Title order={1} fz="h2">
        {t('import.title')}
      </Title>
      <Text c="dimmed">{t('import.intro')}</Text>
      <Stepper active={step} allowNextStepsSelect={false}>
        <Stepper.Step label={t('import.stepChoose')} />
        <Stepper.Step label={t('import.stepCheck')} />
        <Stepper.Step label={t('import.stepImport')} />
      </Stepper>
      {step === 0 && (
        <Group align="end">
          <FileInput
            label={t('import.file')}
            placeholder={t('import.choose')}
            // Mantine's placeholder grey reads below 4.5:1; this one is shown as text, not hint.
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            accept=".zip,application/zip"
            value={file}
            onChange={setFile}
            w={360}
            data-testid="import-file"
          />
          <Button
            onClick={() => void run(true)}
            disabled={!file}
            loading={phase === 'checking'}
            data-testid="import-check"
          >
            {t('import.check')}
          </Button>
        </Group>
      )}
      {phase !== 'idle' && (
        <Stack gap={4} data-testid="import-progress">
          <Text size="sm">{t(phase === 'checking' ? 'import.checking' : 'import.importing')}</Text>
          <Progress value={100} animated striped size="lg" aria-label={t('import.importing')} />
        </Stack>
      )}
      {checked && !done && phase === 'idle' && (
        <>
          <ImportReportView report={checked} />
          <Group>
            {checked.ok && (
              <Button onClick={() => void run(false)} data-testid="import-run">
                {t('import.run')}
              </Button>
            )}
            <Button variant="default" onClick={restart} data-testid="import-restart">
              {t(checked.ok ? 'import.cancel' : 'import.chooseAnother')}
            </Button>
          </Group>
        </>
      )}
      {done && (
        <>
          <Progress value={100} size="lg" color="teal" aria-label={t('import.doneTitle')} />
          <Text fw={600} role="status" data-testid="import-done">
            {t('import.doneTitle')}
          </Text>
          <ImportReportView report={done} />
          <Group>
            <Button variant="default" onClick={restart}>
              {t('import.another')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
