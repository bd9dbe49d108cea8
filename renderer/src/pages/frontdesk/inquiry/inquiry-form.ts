import type { MethodInput } from '../../../../../electron/api/contract';
import type { Gender, RecruitmentSource } from '../../../../../electron/domain/codes';
import { isNotFuture, todayIso } from '../../../../../electron/domain/dates';
import { isValidEmail } from '../../../../../electron/domain/email';
import { isValidIsraeliId } from '../../../../../electron/domain/israeli-id';
import { isValidPhone } from '../../../../../electron/domain/phone';

export interface InquiryValues {
  firstName: string;
  lastName: string;
  phone: string;
  city: string;
  recruitmentSource: RecruitmentSource | null;
  ageMode: 'birthDate' | 'age';
  birthDate: string | null;
  age: number | string;
  heardHow: string;
  nationalId: string;
  email: string;
  gender: Gender | null;
}

export const emptyInquiry: InquiryValues = {
  firstName: '',
  lastName: '',
  phone: '',
  city: '',
  recruitmentSource: null,
  ageMode: 'birthDate',
  birthDate: null,
  age: '',
  heardHow: '',
  nationalId: '',
  email: '',
  gender: null,
};

/** Field paths the server may name; every one of them has a place on the form. */
export const INQUIRY_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'city',
  'recruitmentSource',
  'birthDate',
  'age',
  'heardHow',
  'nationalId',
  'email',
  'gender',
] as const;
export type InquiryField = (typeof INQUIRY_FIELDS)[number];

/** i18n keys (under frontdesk.inquiry.problems) of what is wrong before asking the server. */
export function inquiryProblems(values: InquiryValues, today = todayIso()): Partial<Record<InquiryField, string>> {
  const problems: Partial<Record<InquiryField, string>> = {};
  if (values.firstName.trim() === '') problems.firstName = 'required';
  if (values.lastName.trim() === '') problems.lastName = 'required';
  if (values.phone.trim() !== '' && !isValidPhone(values.phone)) problems.phone = 'phone';
  if (values.nationalId.trim() !== '' && !isValidIsraeliId(values.nationalId)) problems.nationalId = 'nationalId';
  if (values.email.trim() !== '' && !isValidEmail(values.email)) problems.email = 'email';
  if (values.ageMode === 'birthDate' && values.birthDate !== null && !isNotFuture(values.birthDate, today))
    problems.birthDate = 'birthDateFuture';
  if (values.ageMode === 'age' && values.age !== '') {
    const age = Number(values.age);
    if (!Number.isInteger(age) || age < 16 || age > 110) problems.age = 'age';
  }
  return problems;
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

export function inquiryInput(values: InquiryValues, force: boolean): MethodInput<'inquiries.create'> {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: optional(values.phone),
    city: optional(values.city),
    recruitmentSource: values.recruitmentSource ?? undefined,
    birthDate: values.ageMode === 'birthDate' ? (values.birthDate ?? undefined) : undefined,
    age: values.ageMode === 'age' && values.age !== '' ? Number(values.age) : undefined,
    heardHow: optional(values.heardHow),
    nationalId: optional(values.nationalId),
    email: optional(values.email),
    gender: values.gender ?? undefined,
    force,
  };
}
