import { Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { roles, type Role } from '../../../../electron/api/contracts/roles';
import { usernameSchema } from '../../../../electron/api/contracts/auth';
import { showSuccess, useApiAction } from '../../api';
import { NewPasswordInput } from '../../components/NewPasswordFields';
import type { FieldErrors } from '../../forms/field-errors';
import { FormError } from '../../forms/FormError';
import { newPasswordProblems } from '../../forms/password-rules';
import { usePasswordFormErrors } from '../../forms/usePasswordFormErrors';
import { STAFF_LIST_KEY, type StaffMember } from './staff-types';

const FIELDS = ['username', 'displayName', 'role', 'temporaryPassword'] as const;

/** Creates an account (with a temporary password) or edits an existing one's name and role. */
export function StaffFormModal({ member, onClose }: { member: StaffMember | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useApiAction('staff.create');
  const update = useApiAction('staff.update');
  const editing = member !== null;
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState(member?.displayName ?? '');
  const [role, setRole] = useState<Role>(member?.role ?? 'navigator');
  const [password, setPassword] = useState('');
  const { errors, formError, formRef, serverProblem, showLocal, showServer } = usePasswordFormErrors(
    FIELDS,
    'temporaryPassword',
  );

  const validate = (): FieldErrors => {
    const next: FieldErrors = {};
    const name = displayName.trim();
    if (name === '') next.displayName = t('validation.required');
    else if (name.length < 2 || name.length > 80) next.displayName = t('validation.lengthBetween', { min: 2, max: 80 });
    if (!editing) {
      if (username.trim() === '') next.username = t('validation.required');
      else if (!usernameSchema.safeParse(username).success) next.username = t('validation.username');
      const problem = newPasswordProblems(password, password, username).password;
      if (problem) next.temporaryPassword = t(problem);
    }
    return next;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (showLocal(validate())) return;
    const result = editing
      ? await update.run({ id: member.id, displayName: displayName.trim(), role })
      : await create.run({
          username: username.trim(),
          displayName: displayName.trim(),
          role,
          temporaryPassword: password,
        });
    if (result.ok) {
      setPassword('');
      await queryClient.invalidateQueries({ queryKey: STAFF_LIST_KEY });
      showSuccess(t(editing ? 'staff.updated' : 'staff.created'));
      onClose();
      return;
    }
    showServer(result.error, password);
  };

  return (
    <Modal opened onClose={onClose} title={t(editing ? 'staff.editTitle' : 'staff.createTitle')} size="md">
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="md">
          <FormError error={formError} testId="staff-form-error" />
          {editing ? (
            <TextInput label={t('fields.username')} value={member.username} dir="auto" readOnly />
          ) : (
            <TextInput
              label={t('fields.username')}
              description={t('setup.account.usernameHint')}
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={errors.username}
              autoComplete="off"
              spellCheck={false}
              dir="auto"
              data-autofocus
              required
            />
          )}
          <TextInput
            label={t('fields.displayName')}
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={errors.displayName}
            autoComplete="off"
            data-autofocus={editing || undefined}
            required
          />
          <NativeSelect
            label={t('fields.role')}
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
            data={roles.map((value) => ({ value, label: t(`roles.${value}`) }))}
            error={errors.role}
          />
          {!editing && (
            <NewPasswordInput
              label={t('fields.temporaryPassword')}
              description={t('staff.temporaryPasswordHint')}
              value={password}
              onChange={setPassword}
              error={errors.temporaryPassword}
              username={username}
              serverProblem={serverProblem(password)}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.pending || update.pending}>
              {t(editing ? 'common.save' : 'staff.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
