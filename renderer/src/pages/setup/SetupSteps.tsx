import { Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { compactKeyHex, typedCentreCode, type Problem, type SetupErrors, type SetupForm } from './setup-form';

interface StepProps {
  form: SetupForm;
  errors: SetupErrors;
  update: (patch: Partial<SetupForm>) => void;
}

function useProblemText() {
  const { t } = useTranslation();
  return (problem: Problem | undefined) => (problem ? t(problem.key, problem.values) : undefined);
}

export function CentreStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  return (
    <Stack gap="md">
      <Text>{t('setup.centre.intro')}</Text>
      <TextInput
        label={t('fields.centreCode')}
        description={t('setup.centre.codeHint')}
        value={form.centreCode}
        onChange={(event) => update({ centreCode: typedCentreCode(event.currentTarget.value) })}
        error={text(errors.centreCode)}
        classNames={{ input: 'kesher-mono' }}
        dir="ltr"
        maxLength={8}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        required
      />
      <TextInput
        label={t('fields.centreName')}
        value={form.centreName}
        onChange={(event) => update({ centreName: event.currentTarget.value })}
        error={text(errors.centreName)}
        autoComplete="organization"
        required
      />
    </Stack>
  );
}

export function AccountStep({ form, errors, update, serverProblem }: StepProps & { serverProblem: string | null }) {
  const { t } = useTranslation();
  const text = useProblemText();
  return (
    <Stack gap="md">
      <Text>{t('setup.account.intro')}</Text>
      <TextInput
        label={t('fields.username')}
        description={t('setup.account.usernameHint')}
        value={form.username}
        onChange={(event) => update({ username: event.currentTarget.value })}
        error={text(errors.username)}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        dir="auto"
        autoFocus
        required
      />
      <TextInput
        label={t('fields.displayName')}
        value={form.displayName}
        onChange={(event) => update({ displayName: event.currentTarget.value })}
        error={text(errors.displayName)}
        autoComplete="name"
        required
      />
      <NewPasswordFields
        password={form.password}
        confirm={form.confirm}
        onPasswordChange={(password) => update({ password })}
        onConfirmChange={(confirm) => update({ confirm })}
        username={form.username}
        passwordLabel={t('fields.password')}
        passwordError={text(errors.password)}
        confirmError={text(errors.confirm)}
        serverProblem={serverProblem}
      />
    </Stack>
  );
}

export function KeyStep({ form, errors, update }: StepProps) {
  const { t } = useTranslation();
  const text = useProblemText();
  const length = compactKeyHex(form.keyHex).length;
  return (
    <Stack gap="md">
      <Text>{t('setup.key.intro')}</Text>
      <Radio.Group
        label={t('setup.key.choiceLabel')}
        value={form.keyChoice}
        onChange={(value) => update({ keyChoice: value === 'paste' ? 'paste' : 'generate' })}
      >
        <Stack gap="sm" mt="xs">
          <Radio value="generate" label={t('setup.key.generate')} description={t('setup.key.generateHint')} />
          <Radio value="paste" label={t('setup.key.paste')} description={t('setup.key.pasteHint')} />
        </Stack>
      </Radio.Group>
      {form.keyChoice === 'paste' && (
        <Textarea
          label={t('fields.pseudonymKeyHex')}
          description={t('setup.key.length', { count: length })}
          value={form.keyHex}
          onChange={(event) => update({ keyHex: event.currentTarget.value })}
          error={text(errors.keyHex)}
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
