import { useForm, type UseFormReturnType } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { ApiError } from '../../../electron/api/result';
import {
  coveredByFields,
  problemFor,
  rejectedPasswordOf,
  useFocusFirstInvalid,
  type RejectedPassword,
} from './field-errors';
import { reasonToShow, serverReasons, type Sentence } from './reasons';

type Values = Record<string, unknown>;
type Sentences = Partial<Record<string, Sentence>>;

export interface ContractFormOptions<S extends z.ZodType<unknown, Values>> {
  /**
   * Checks the form's values: the contract's input schema, or one derived from it where the
   * form holds its values differently (text for a date, '' for none). What it outputs is what
   * the submit handler receives.
   */
  schema: S;
  initialValues: z.input<S>;
  /**
   * The form's own sentence for a field, shown instead of a generic rule name (and for a
   * server reason without a translation), before and after the server answers alike. A
   * function of the values when a sentence counts what was typed.
   */
  sentences?: Sentences | ((values: z.input<S>) => Sentences);
  /** A new password the server judges by its policy: its verdict marks the hints while that password is typed. */
  passwordPath?: string;
  /** Where a server path lands in this form (`patch.notes` → `notes`); the same path by default. */
  formPath?: (apiPath: string) => string;
  /** The form's fields, for deciding whether a server reason needs the alert above the form; the value keys by default. */
  fields?: readonly string[];
}

/**
 * A form on @mantine/form whose rules are the contract's zod schema: each reason beside its
 * field (translated from its i18n key when shown), the keyboard focus on the first failing
 * field, the server's reasons mapped onto the same fields, and any reason no field can show
 * in the alert above the form (`formError`, for <FormError>).
 */
export function useContractForm<S extends z.ZodType<unknown, Values>>(options: ContractFormOptions<S>) {
  const { schema, formPath } = options;
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [rejected, setRejected] = useState<RejectedPassword | null>(null);
  const form: UseFormReturnType<z.input<S>, (values: z.input<S>) => z.output<S>> = useForm({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate: zod4Resolver(schema, { errorPriority: 'first' }),
    transformValues: (values: z.input<S>) => schema.parse(values),
  });
  const fields = options.fields ?? Object.keys(options.initialValues as Values);

  const errorText = (path: string): string | undefined => {
    const key = form.errors[path];
    if (typeof key !== 'string') return undefined;
    const sentences =
      typeof options.sentences === 'function' ? options.sentences(form.getValues()) : (options.sentences ?? {});
    // A list's fields share one sentence: 'barriers.*.code' names it for 'barriers.0.code'.
    const shown = reasonToShow(key, sentences[path] ?? sentences[path.replace(/\.\d+(?=\.|$)/g, '.*')]);
    return t(shown.key, { ...shown.values, defaultValue: t(shown.fallback, shown.values) });
  };

  const showServer = (error: ApiError): void => {
    form.setErrors(serverReasons(error, formPath));
    const onForm = formPath
      ? { ...error, fields: error.fields?.map((issue) => ({ ...issue, path: formPath(issue.path) })) }
      : error;
    setFormError(coveredByFields(onForm, fields) ? null : error);
    if (options.passwordPath) {
      const password = form.getValues()[options.passwordPath as keyof z.input<S>];
      setRejected(rejectedPasswordOf(onForm, options.passwordPath, String(password)));
    }
    focusInvalid();
  };

  return {
    form,
    formRef,
    formError,
    /** The translated reason shown beside a field, if any. */
    errorText,
    /** Props for a field: value, change handler and its translated reason. */
    field(path: string, type?: 'checkbox') {
      const props = form.getInputProps(path, type ? { type } : undefined);
      return { ...props, value: props.value, onChange: props.onChange, error: errorText(path) };
    },
    showServer,
    /** Shows reasons found outside a submit (a wizard's step), focusing the first failing field. */
    showReasons(reasons: Record<string, string>): void {
      form.setErrors(reasons);
      focusInvalid();
    },
    /** Props for <NewPasswordFields>: a new password and its confirmation held at these paths. */
    newPasswordFields(passwordPath: string, confirmPath: string) {
      const values = form.getValues() as Values;
      const password = String(values[passwordPath] ?? '');
      const setText = (path: string) => (value: string) => form.setFieldValue(path as never, value as never);
      return {
        password,
        confirm: String(values[confirmPath] ?? ''),
        onPasswordChange: setText(passwordPath),
        onConfirmChange: setText(confirmPath),
        passwordError: errorText(passwordPath),
        confirmError: errorText(confirmPath),
        serverProblem: problemFor(rejected, password),
      };
    },
    /** The server's reason for refusing this very password, for the policy hints. */
    serverProblem: (password: string) => problemFor(rejected, password),
    /**
     * The form's onSubmit: checks the values; when they pass, hands the schema's output to
     * `send`, which returns the server's error if it refused.
     */
    onSubmit(send: (input: z.output<S>) => Promise<ApiError | void>) {
      return (event?: FormEvent<HTMLFormElement>) => {
        setFormError(null);
        form.onSubmit(
          async (input) => {
            const error = await send(input);
            if (error) showServer(error);
          },
          () => focusInvalid(),
        )(event);
      };
    },
  };
}
