import { Button, Card, FileInput, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { logoFormat, MAX_LOGO_BYTES, type Letterhead } from '../../../../electron/domain/letter-templates';
import { showSuccess, useApiAction } from '../../api';

type Saved = MethodOutput<'letterhead.get'>;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The letterhead every letter is printed on: set once. The logo is checked here by its bytes
 * and size for an immediate answer, and again by the server, which decides.
 */
export function LetterheadForm({ saved, centreName }: { saved: Saved; centreName: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('letterhead.save');
  const [values, setValues] = useState<Letterhead>(saved ?? { centreName, address: '', phone: '', logo: null });
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function pickLogo(file: File | null) {
    setErrors((current) => ({ ...current, logo: '' }));
    if (!file) return setValues((current) => ({ ...current, logo: null }));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const format = logoFormat(bytes);
    if (bytes.length > MAX_LOGO_BYTES)
      return setErrors((current) => ({ ...current, logo: 'validation.logo_too_large' }));
    if (!format) return setErrors((current) => ({ ...current, logo: 'validation.logo_format' }));
    setValues((current) => ({ ...current, logo: { format, base64: toBase64(bytes) } }));
  }

  async function submit() {
    if (!values.centreName.trim()) return setErrors({ centreName: 'validation.required' });
    const result = await save.run(values);
    if (!result.ok) {
      const byField: Record<string, string> = {};
      for (const issue of result.error.fields ?? []) byField[issue.path.split('.')[0]!] ??= issue.message;
      return setErrors(Object.keys(byField).length ? byField : { form: result.error.message });
    }
    setErrors({});
    showSuccess(t('letterTemplates.letterhead.saved'));
    await queryClient.invalidateQueries({ queryKey: ['letterhead.get'] });
  }

  const error = (name: string) => (errors[name] ? t(errors[name]) : null);
  const set = (name: 'centreName' | 'address' | 'phone') => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [name]: value }));
  };

  return (
    <Card withBorder padding="lg" maw={720}>
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('letterTemplates.letterhead.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('letterTemplates.letterhead.hint')}
        </Text>
        <TextInput
          label={t('letterTemplates.letterhead.centreName')}
          value={values.centreName}
          onChange={set('centreName')}
          error={error('centreName')}
          maxLength={120}
          required
        />
        <TextInput
          label={t('letterTemplates.letterhead.address')}
          value={values.address}
          onChange={set('address')}
          error={error('address')}
          maxLength={200}
        />
        <TextInput
          label={t('letterTemplates.letterhead.phone')}
          value={values.phone}
          onChange={set('phone')}
          error={error('phone')}
          maxLength={40}
          dir="ltr"
        />
        <FileInput
          label={t('letterTemplates.letterhead.logo')}
          description={t('letterTemplates.letterhead.logoHint')}
          accept="image/png,image/jpeg"
          clearable
          onChange={(file) => void pickLogo(file)}
          error={error('logo')}
          data-testid="letterhead-logo"
        />
        {values.logo && (
          <Group>
            <Image
              src={`data:image/${values.logo.format};base64,${values.logo.base64}`}
              alt={t('letterTemplates.letterhead.logo')}
              h={56}
              w="auto"
              fit="contain"
            />
            <Button variant="subtle" color="red" onClick={() => setValues((current) => ({ ...current, logo: null }))}>
              {t('letterTemplates.letterhead.removeLogo')}
            </Button>
          </Group>
        )}
        {errors.form && <Text c="red">{t(errors.form)}</Text>}
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={save.pending} data-testid="letterhead-save">
            {t('letterTemplates.letterhead.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
