import { Modal, NativeSelect, TextInput, type NativeSelectProps } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { roles } from '../../../../electron/api/contracts/roles';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordInput } from '../../components/NewPasswordFields';
import { always, requiredText } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { DialogActions, FormFrame } from '../../forms/FormFrame';
import { newPasswordRule } from '../../forms/password-rules';
import { useContractForm } from '../../forms/useContractForm';
import { STAFF_LIST_KEY, type StaffMember } from './staff-types';

const createInput = inputOf('staff.create');
const updateInput = inputOf('staff.update');

const displayName = requiredText(createInput.shape.displayName);

/** A new account: the contract's fields, the password judged by the policy preview first. */
const createForm = createInput
  .extend({
    username: requiredText(createInput.shape.username),
    displayName,
    temporaryPassword: z.string(),
  })
  .superRefine(
    newPasswordRule(
      (values) => ({ password: values.temporaryPassword, username: values.username }),
      { password: 'temporaryPassword' },
      createInput.shape.temporaryPassword,
    ),
    always,
  );

/** An existing account: its name and role only. */
const updateForm = updateInput.omit({ id: true }).extend({ displayName, role: createInput.shape.role });

const sentences = {
  username: 'validation.username',
  displayName: { key: 'validation.lengthBetween', values: { min: 2, max: 80 } },
};

/** Creates an account (with a temporary password) or edits an existing one's name and role. */
export function StaffFormModal({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  return member ? <EditStaff member={member} onClose={onClose} /> : <CreateStaff onClose={onClose} />;
}

function CreateStaff({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useApiAction('staff.create');
  const { form, formRef, formError, field, onSubmit, serverProblem } = useContractForm({
    schema: createForm,
    initialValues: { username: '', displayName: '', role: 'navigator', temporaryPassword: '' },
    sentences,
    passwordPath: 'temporaryPassword',
  });
  const { username, temporaryPassword } = form.getValues();

  const submit = onSubmit(async (input) => {
    const result = await create.run(input);
    if (!result.ok) return result.error;
    form.reset();
    await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
    showSuccess(t('staff.created'));
    onClose();
  });

  return (
    <Modal opened onClose={onClose} title={t('staff.createTitle')} size="md">
      <FormFrame formRef={formRef} formError={formError} formErrorTestId="staff-form-error" onSubmit={submit}>
        <TextInput
          label={t('fields.username')}
          description={t('setup.account.usernameHint')}
          {...field('username')}
          autoComplete="off"
          spellCheck={false}
          dir="auto"
          data-autofocus
          required
        />
        <TextInput label={t('fields.displayName')} {...field('displayName')} autoComplete="off" required />
        <RoleSelect {...field('role')} />
        <NewPasswordInput
          label={t('fields.temporaryPassword')}
          description={t('staff.temporaryPasswordHint')}
          {...field('temporaryPassword')}
          username={username}
          serverProblem={serverProblem(temporaryPassword)}
        />
        <DialogActions onCancel={onClose} loading={create.pending} submitLabel={t('staff.createSubmit')} />
      </FormFrame>
    </Modal>
  );
}

function EditStaff({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useApiAction('staff.update');
  const { formRef, formError, field, onSubmit } = useContractForm({
    schema: updateForm,
    initialValues: { displayName: member.displayName, role: member.role },
    sentences,
  });

  const submit = onSubmit(async (input) => {
    const result = await update.run({ id: member.id, ...input });
    if (!result.ok) return result.error;
    await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
    showSuccess(t('staff.updated'));
    onClose();
  });

  return (
    <Modal opened onClose={onClose} title={t('staff.editTitle')} size="md">
      <FormFrame formRef={formRef} formError={formError} formErrorTestId="staff-form-error" onSubmit={submit}>
        <TextInput label={t('fields.username')} value={member.username} dir="auto" readOnly />
        <TextInput
          label={t('fields.displayName')}
          {...field('displayName')}
          autoComplete="off"
          data-autofocus
          required
        />
        <RoleSelect {...field('role')} />
        <DialogActions onCancel={onClose} loading={update.pending} />
      </FormFrame>
    </Modal>
  );
}

function RoleSelect(props: Omit<NativeSelectProps, 'label' | 'data'>) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('fields.role')}
      {...props}
      data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
    />
  );
}
