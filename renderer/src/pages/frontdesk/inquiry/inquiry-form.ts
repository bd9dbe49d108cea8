import { z } from 'zod';
import { isNotFuture } from '../../../../../electron/domain/dates';
import { isValidEmail } from '../../../../../electron/domain/email';
import { isValidIsraeliId } from '../../../../../electron/domain/israeli-id';
import { isValidPhone } from '../../../../../electron/domain/phone';
import { always, blankAsUndefined, converted, requiredText } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { numberRangeOf } from '../../../forms/limits';

export const inquiryShape = inputOf('inquiries.create').shape;
export const ageRange = numberRangeOf(inquiryShape.age);

const problem = (key: string) => `frontdesk.inquiry.problems.${key}`;

/** An optional text the domain must also find well formed (a phone, an ID number, an email). */
const wellFormed = <T extends z.ZodType<string | undefined>>(field: T, valid: (text: string) => boolean, key: string) =>
  blankAsUndefined(field.refine((text) => text === undefined || valid(text), problem(key)));

/** A select that may stay empty: null is sent as nothing. */
const optionalChoice = <T extends z.ZodType>(field: T) =>
  converted(z.string().nullable(), (value) => (value ?? undefined) as z.input<T>, field);

/**
 * The first call as the form holds it: the contract's fields, with the domain's checks of a
 * phone, an ID and an email, and the age asked either as a birth date or as a number.
 */
export function inquiryForm(today: string) {
  return z
    .object({
      firstName: requiredText(inquiryShape.firstName, problem('required')),
      lastName: requiredText(inquiryShape.lastName, problem('required')),
      phone: wellFormed(inquiryShape.phone, isValidPhone, 'phone'),
      city: blankAsUndefined(inquiryShape.city),
      recruitmentSource: optionalChoice(inquiryShape.recruitmentSource),
      ageMode: z.enum(['birthDate', 'age']),
      birthDate: z.string().nullable(),
      age: z.union([z.number(), z.string()]),
      heardHow: blankAsUndefined(inquiryShape.heardHow),
      nationalId: wellFormed(inquiryShape.nationalId, isValidIsraeliId, 'nationalId'),
      email: wellFormed(inquiryShape.email, isValidEmail, 'email'),
      gender: optionalChoice(inquiryShape.gender),
    })
    .superRefine(({ ageMode, birthDate, age }, ctx) => {
      if (ageMode === 'birthDate' && birthDate !== null && !isNotFuture(birthDate, today))
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: problem('birthDateFuture') });
      if (ageMode === 'age' && age !== '' && !inquiryShape.age.safeParse(Number(age)).success)
        ctx.addIssue({ code: 'custom', path: ['age'], message: problem('age') });
    }, always)
    .transform(({ ageMode, birthDate, age, ...rest }) => ({
      ...rest,
      birthDate: ageMode === 'birthDate' ? (birthDate ?? undefined) : undefined,
      age: ageMode === 'age' && age !== '' ? Number(age) : undefined,
    }));
}

export const emptyInquiry = {
  firstName: '',
  lastName: '',
  phone: '',
  city: '',
  recruitmentSource: null as string | null,
  ageMode: 'birthDate' as 'birthDate' | 'age',
  birthDate: null as string | null,
  age: '' as number | string,
  heardHow: '',
  nationalId: '',
  email: '',
  gender: null as string | null,
};

/** The form's own sentence for a server reason with no translation of its own. */
export const inquirySentences = {
  phone: problem('phone'),
  nationalId: problem('nationalId'),
  email: problem('email'),
  birthDate: problem('birthDateFuture'),
  age: problem('age'),
};
