import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/api/result';
import { showSuccess, useApiAction } from '../../api';
import { PasswordHints } from '../../components/PasswordHints';
import {
  coveredByFields,
  type FieldErrors,
  problemFor,
  type RejectedPassword,
  rejectedPasswordOf,
  serverFieldErrors,
  useFocusFirstInvalid,
} from '../../forms/field-errors';
import { FormError } from '../../forms/FormError';
import { newPasswordProblems } from '../../forms/password-rules';
import { STAFF_LIST_KEY, type StaffMember } from './staff-types';

/** A new temporary password, which the person must replace at their next sign-in. */
export function ResetPasswordModal({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useApiAction('staff.resetPassword');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [rejected, setRejected] = useState<RejectedPassword | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const hintsId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = newPasswordProblems(password, password, member.username).password;
    setErrors(problem ? { temporaryPassword: t(problem) } : {});
    setFormError(null);
    if (problem) return focusInvalid();
    const result = await reset.run({ id: member.id, temporaryPassword: password });
    if (result.ok) {
      setPassword('');
      await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
      showSuccess(t('staff.passwordReset'));
      onClose();
      return;
    }
    setErrors(serverFieldErrors(result.error, t));
    setRejected(rejectedPasswordOf(result.error, 'temporaryPassword', password));
    if (!coveredByFields(result.error, ['temporaryPassword'])) setFormError(result.error);
    focusInvalid();
  };

  return (
    <Modal opened onClose={onClose} title={t('staff.resetTitle')} size="md">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <Text>{t('staff.resetIntro', { name: member.displayName })}</Text>
          <FormError error={formError} testId="reset-password-error" />
          <PasswordInput
            label={t('fields.temporaryPassword')}
            description={t('staff.temporaryPasswordHint')}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={errors.temporaryPassword}
            aria-invalid={Boolean(errors.temporaryPassword)}
            autoComplete="new-password"
            aria-describedby={hintsId}
            data-autofocus
            required
          />
          <PasswordHints
            id={hintsId}
            password={password}
            username={member.username}
            serverProblem={problemFor(rejected, password)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reset.pending}>
              {t('staff.resetSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
