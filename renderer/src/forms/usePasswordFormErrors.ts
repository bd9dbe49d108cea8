import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/result';
import {
  coveredByFields,
  type FieldErrors,
  problemFor,
  type RejectedPassword,
  rejectedPasswordOf,
  serverFieldErrors,
  useFocusFirstInvalid,
} from './field-errors';

/**
 * What a form that sets a password shows when something is wrong: each reason beside its
 * field, the rest above the form, focus on the first failing field, and the server's verdict
 * on the password it judged (the hints mark it only while that password is still typed).
 */
export function usePasswordFormErrors(fields: readonly string[], passwordPath: string) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [rejected, setRejected] = useState<RejectedPassword | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);

  return {
    errors,
    formError,
    formRef,
    serverProblem: (password: string) => problemFor(rejected, password),
    /** Shows the form's own findings before it asks the server; true when there is any. */
    showLocal(found: FieldErrors): boolean {
      setErrors(found);
      setFormError(null);
      const any = Object.values(found).some(Boolean);
      if (any) focusInvalid();
      return any;
    },
    showServer(error: ApiError, password: string): void {
      setErrors(serverFieldErrors(error, t));
      setRejected(rejectedPasswordOf(error, passwordPath, password));
      if (!coveredByFields(error, fields)) setFormError(error);
      focusInvalid();
    },
  };
}
