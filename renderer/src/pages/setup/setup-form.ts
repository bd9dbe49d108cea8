import { z } from 'zod';
import { always, requiredText } from '../../forms/form-schemas';
import { inputOf } from '../../forms/input-of';
import { lengthRangeOf, maxLengthOf } from '../../forms/limits';
import { newPasswordRule } from '../../forms/password-rules';
import { reasonToShow, schemaReasons, type Sentence } from '../../forms/reasons';

const { shape } = inputOf('setup.init');
const admin = shape.admin.shape;

export interface SetupForm {
  centreCode: string;
  centreName: string;
  username: string;
  displayName: string;
  password: string;
  confirm: string;
  keyChoice: 'generate' | 'paste';
  keyHex: string;
}

export type SetupField = Exclude<keyof SetupForm, 'keyChoice'>;

/** An i18n key and its values, translated where it is shown. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

export type SetupErrors = Partial<Record<SetupField, Problem>>;

export const emptySetupForm: SetupForm = {
  centreCode: '',
  centreName: '',
  username: '',
  displayName: '',
  password: '',
  confirm: '',
  keyChoice: 'generate',
  keyHex: '',
};

/** The fields each wizard step asks for, in order. */
export const stepFields: readonly (readonly SetupField[])[] = [
  ['centreCode', 'centreName'],
  ['username', 'displayName', 'password', 'confirm'],
  ['keyHex'],
];

/** Where the server's input paths (`admin.password`) land in the form. */
export const serverPathToField: Record<string, SetupField> = {
  centreCode: 'centreCode',
  centreName: 'centreName',
  'admin.username': 'username',
  'admin.displayName': 'displayName',
  'admin.password': 'password',
  pseudonymKeyHex: 'keyHex',
};

/** What people paste from an e-mail or a PDF: spaces and line breaks between groups. */
export const compactKeyHex = (text: string) => text.replace(/\s+/g, '');

/** The centre code as it is typed: upper case, no longer than the contract allows. */
export const typedCentreCode = (text: string) => text.toUpperCase().slice(0, maxLengthOf(shape.centreCode));

/**
 * The wizard's values checked by the setup.init contract: each field by its own schema, the
 * new password by the policy preview, a pasted key once its spaces and line breaks are gone.
 */
export const setupFormSchema = z
  .object({
    centreCode: requiredText(shape.centreCode),
    centreName: requiredText(shape.centreName),
    username: requiredText(admin.username),
    displayName: requiredText(admin.displayName),
    password: z.string(),
    confirm: z.string(),
    keyChoice: z.enum(['generate', 'paste']),
    keyHex: z.string(),
  })
  .superRefine(
    newPasswordRule(
      (values) => ({ password: values.password, confirm: values.confirm, username: values.username }),
      { password: 'password', confirm: 'confirm' },
      admin.password,
    ),
    always,
  )
  .superRefine((values, ctx) => {
    if (values.keyChoice === 'paste' && !shape.pseudonymKeyHex.safeParse(compactKeyHex(values.keyHex)).success)
      ctx.addIssue({ code: 'custom', path: ['keyHex'], message: 'validation.keyHex' });
  }, always);

/** The wizard's own sentences for a field, the pasted key's saying how many characters it has. */
export function setupSentences(form: SetupForm): Partial<Record<SetupField, Sentence>> {
  return {
    centreCode: 'validation.centreCode',
    centreName: { key: 'validation.lengthBetween', values: lengthRangeOf(shape.centreName) },
    username: 'validation.username',
    displayName: { key: 'validation.lengthBetween', values: lengthRangeOf(admin.displayName) },
    keyHex: { key: 'validation.keyHex', values: { count: compactKeyHex(form.keyHex).length } },
  };
}

/** What is wrong with the fields of one step, each as the i18n key and values shown beside it. */
export function validateStep(step: number, form: SetupForm): SetupErrors {
  const reasons = schemaReasons(setupFormSchema, form);
  const sentences = setupSentences(form);
  const errors: SetupErrors = {};
  for (const field of stepFields[step] ?? []) {
    const reason = reasons[field];
    if (!reason) continue;
    const { key, values } = reasonToShow(reason, sentences[field]);
    errors[field] = values ? { key, values } : { key };
  }
  return errors;
}

/** The first step holding one of these fields, so the wizard can go back to it. */
export function firstStepWith(fields: readonly SetupField[]): number | null {
  const index = stepFields.findIndex((step) => step.some((field) => fields.includes(field)));
  return index === -1 ? null : index;
}

export function setupInput(form: SetupForm) {
  return {
    centreCode: form.centreCode,
    centreName: form.centreName.trim(),
    admin: { username: form.username.trim(), displayName: form.displayName.trim(), password: form.password },
    ...(form.keyChoice === 'paste' ? { pseudonymKeyHex: compactKeyHex(form.keyHex).toLowerCase() } : {}),
  };
}
