import { Modal, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordInput } from '../../components/NewPasswordFields';
import { always } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { DialogActions, FormFrame } from '../../forms/FormFrame';
import { newPasswordRule } from '../../forms/password-rules';
import { useContractForm } from '../../forms/useContractForm';
import { STAFF_LIST_KEY, type StaffMember } from './staff-types';

const resetInput = inputOf('staff.resetPassword');

/** The policy preview for this person's username, then the contract's own rule. */
const resetForm = (username: string) =>
  z.object({ temporaryPassword: z.string() }).superRefine(
    newPasswordRule(
      ({ temporaryPassword }) => ({ password: temporaryPassword, username }),
      { password: 'temporaryPassword' },
      resetInput.shape.temporaryPassword,
    ),
    always,
  );

/** A new temporary password, which the person must replace at their next sign-in. */
export function ResetPasswordModal({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const reset = useApiAction('staff.resetPassword');
  const schema = useMemo(() => resetForm(member.username), [member.username]);
  const { form, formRef, formError, field, onSubmit, serverProblem } = useContractForm({
    schema,
    initialValues: { temporaryPassword: '' },
    passwordPath: 'temporaryPassword',
  });
  const password = form.getValues().temporaryPassword;

  const submit = onSubmit(async (input) => {
    const result = await reset.run({ id: member.id, ...input });
    if (!result.ok) return result.error;
    form.reset();
    await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
    showSuccess(t('staff.passwordReset'));
    onClose();
  });

  return (
    <Modal opened onClose={onClose} title={t('staff.resetTitle')} size="md">
      <FormFrame formRef={formRef} formError={formError} formErrorTestId="reset-password-error" onSubmit={submit}>
        <Text>{t('staff.resetIntro', { name: member.displayName })}</Text>
        <NewPasswordInput
          label={t('fields.temporaryPassword')}
          description={t('staff.temporaryPasswordHint')}
          {...field('temporaryPassword')}
          username={member.username}
          serverProblem={serverProblem(password)}
          data-autofocus
        />
        <DialogActions onCancel={onClose} loading={reset.pending} submitLabel={t('staff.resetSubmit')} />
      </FormFrame>
    </Modal>
  );
}
