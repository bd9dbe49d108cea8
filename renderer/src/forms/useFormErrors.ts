import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/result';
import { coveredByFields, serverFieldErrors, useFocusFirstInvalid, type FieldErrors } from './field-errors';

/**
 * What a form shows when something is wrong: each reason beside its field, any reason no
 * field of the form can show above it, and the keyboard focus on the first failing field.
 * `fields` are the input paths the form has a field for; `fallbackFor` names the form's own
 * sentence for a field whose server reason has no translation.
 */
export function useFormErrors(fields: readonly string[], fallbackFor?: (path: string) => string | undefined) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);

  return {
    errors,
    formError,
    formRef,
    /** Forgets the reason shown beside one field, once its value changes. */
    clear(path: string): void {
      setErrors((current) => ({ ...current, [path]: undefined }));
    },
    /** Shows the form's own findings before it asks the server; true when there is any. */
    showLocal(found: FieldErrors): boolean {
      setErrors(found);
      setFormError(null);
      const any = Object.values(found).some(Boolean);
      if (any) focusInvalid();
      return any;
    },
    showServer(error: ApiError): void {
      setErrors(serverFieldErrors(error, t, fallbackFor));
      setFormError(coveredByFields(error, fields) ? null : error);
      focusInvalid();
    },
  };
}
