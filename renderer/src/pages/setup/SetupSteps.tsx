import { Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { centreCodeSchema } from '../../../../electron/api/contracts/setup';
import { maxLengthOf } from '../../forms/limits';
import { compactKeyHex, typedCentreCode } from './setup-form';
import type { useSetupForm } from './useSetupForm';
import { UsernameInput } from '../../components/UsernameInput';

interface StepProps {
  setup: ReturnType<typeof useSetupForm>;
}

export function CentreStep({ setup: { form, field } }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text>{t('setup.centre.intro')}</Text>
      <TextInput
        label={t('fields.centreCode')}
        description={t('setup.centre.codeHint')}
        {...field('centreCode')}
        onChange={(event) => form.setFieldValue('centreCode', typedCentreCode(event.currentTarget.value))}
        classNames={{ input: 'kesher-mono' }}
        dir="ltr"
        maxLength={maxLengthOf(centreCodeSchema)}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        required
      />
      <TextInput label={t('fields.centreName')} {...field('centreName')} autoComplete="organization" required />
    </Stack>
  );
}

export function AccountStep({ setup: { form, field, newPasswordFields } }: StepProps) {
  const { t } = useTranslation();
  const values = form.getValues();
  return (
    <Stack gap="md">
      <Text>{t('setup.account.intro')}</Text>
      <UsernameInput description={t('setup.account.usernameHint')} {...field('username')} />
      <TextInput label={t('fields.displayName')} {...field('displayName')} autoComplete="name" required />
      <NewPasswordFields
        {...newPasswordFields('password', 'confirm')}
        username={values.username}
        passwordLabel={t('fields.password')}
      />
    </Stack>
  );
}

export function KeyStep({ setup: { form, field } }: StepProps) {
  const { t } = useTranslation();
  const { keyChoice, keyHex } = form.getValues();
  const length = compactKeyHex(keyHex).length;
  return (
    <Stack gap="md">
      <Text>{t('setup.key.intro')}</Text>
      <Radio.Group
        label={t('setup.key.choiceLabel')}
        value={keyChoice}
        onChange={(value) => form.setFieldValue('keyChoice', value === 'paste' ? 'paste' : 'generate')}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="generate" label={t('setup.key.generate')} description={t('setup.key.generateHint')} />
          <Radio value="paste" label={t('setup.key.paste')} description={t('setup.key.pasteHint')} />
        </Stack>
      </Radio.Group>
      {keyChoice === 'paste' && (
        <Textarea
          label={t('fields.pseudonymKeyHex')}
          description={t('setup.key.length', { count: length })}
          {...field('keyHex')}
          classNames={{ input: 'kesher-mono' }}
          dir="ltr"
          autosize
          minRows={2}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          required
        />
      )}
    </Stack>
  );
}
