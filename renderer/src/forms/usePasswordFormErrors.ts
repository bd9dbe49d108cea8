import { useState } from 'react';
import type { ApiError } from '../../../electron/api/result';
import { problemFor, type RejectedPassword, rejectedPasswordOf } from './field-errors';
import { useFormErrors } from './useFormErrors';

/**
 * useFormErrors for a form that sets a password, with the server's verdict on the password
 * it judged (the hints mark it only while that password is still typed).
 */
export function usePasswordFormErrors(fields: readonly string[], passwordPath: string) {
  const form = useFormErrors(fields);
  const [rejected, setRejected] = useState<RejectedPassword | null>(null);

  return {
    errors: form.errors,
    formError: form.formError,
    formRef: form.formRef,
    showLocal: form.showLocal,
    serverProblem: (password: string) => problemFor(rejected, password),
    showServer(error: ApiError, password: string): void {
      form.showServer(error);
      setRejected(rejectedPasswordOf(error, passwordPath, password));
    },
  };
}
