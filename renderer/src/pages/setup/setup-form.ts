import { usernameSchema } from '../../../../electron/api/contracts/auth';
import { centreCodeSchema } from '../../../../electron/api/contracts/setup';
import { newPasswordProblems } from '../../forms/password-rules';

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
  values?: Record<string, number>;
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

/** The centre code as it is typed: upper case, at most eight characters. */
export const typedCentreCode = (text: string) => text.toUpperCase().slice(0, 8);

function lengthProblem(text: string, min: number, max: number): Problem | undefined {
  const length = text.trim().length;
  if (length === 0) return { key: 'validation.required' };
  if (length < min || length > max) return { key: 'validation.lengthBetween', values: { min, max } };
  return undefined;
}

export function validateStep(step: number, form: SetupForm): SetupErrors {
  const errors: SetupErrors = {};
  if (step === 0) {
    if (form.centreCode === '') errors.centreCode = { key: 'validation.required' };
    else if (!centreCodeSchema.safeParse(form.centreCode).success) errors.centreCode = { key: 'validation.centreCode' };
    errors.centreName = lengthProblem(form.centreName, 2, 120);
  }
  if (step === 1) {
    if (form.username.trim() === '') errors.username = { key: 'validation.required' };
    else if (!usernameSchema.safeParse(form.username).success) errors.username = { key: 'validation.username' };
    errors.displayName = lengthProblem(form.displayName, 2, 80);
    const password = newPasswordProblems(form.password, form.confirm, form.username);
    if (password.password) errors.password = { key: password.password };
    if (password.confirm) errors.confirm = { key: password.confirm };
  }
  if (step === 2 && form.keyChoice === 'paste') {
    const hex = compactKeyHex(form.keyHex);
    if (!/^[0-9a-fA-F]{64}$/.test(hex)) errors.keyHex = { key: 'validation.keyHex', values: { count: hex.length } };
  }
  return Object.fromEntries(Object.entries(errors).filter(([, problem]) => problem !== undefined));
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
