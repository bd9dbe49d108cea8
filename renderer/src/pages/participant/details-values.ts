import { z } from 'zod';
import type { MethodInput } from '../../../../electron/api/contract';
import { contactFieldNames, participantPatchSchema } from '../../../../electron/api/contracts/participants';
import type { EducationLevel, Gender, RecruitmentSource, Track, TrafficLight } from '../../../../electron/domain/codes';
import { displayPhone } from '../../format';
import { blankAsNull, converted, requiredText } from '../../forms/form-schemas';
import type { Participant } from './participant-data';

export type Patch = NonNullable<MethodInput<'participants.update'>['patch']>;

/** The details form as typed: text stays text until it is sent, so nothing typed is lost. */
export interface DetailsValues {
  firstName: string;
  lastName: string;
  nationalId: string;
  phone: string;
  email: string;
  gender: Gender | null;
  birthDate: string | null;
  city: string;
  address: string;
  recruitmentSource: RecruitmentSource | null;
  heardHow: string;
  previousOccupation: string;
  yearsExperience: number | string;
  education: EducationLevel | null;
  languages: string[];
  track: Track | null;
  trafficLight: TrafficLight | null;
}

/** Fields a navigator may change (the server's own contact-field list); the rest belong to the case. */
export const contactFields = contactFieldNames satisfies readonly (keyof DetailsValues)[];

export const caseFields = [
  'previousOccupation',
  'yearsExperience',
  'education',
  'languages',
  'track',
  'trafficLight',
] as const satisfies readonly (keyof DetailsValues)[];

const { shape } = participantPatchSchema;

/**
 * The contract's rules for each field, on the values as the form holds them. The checks that
 * need the server's own code (an ID's check digit, a phone's shape) stay there; their reasons
 * come back onto the same fields.
 */
export const detailsForm = z.object({
  firstName: requiredText(shape.firstName),
  lastName: requiredText(shape.lastName),
  nationalId: blankAsNull(shape.nationalId),
  phone: blankAsNull(shape.phone),
  email: blankAsNull(shape.email),
  gender: shape.gender.unwrap(),
  birthDate: shape.birthDate.unwrap(),
  city: blankAsNull(shape.city),
  address: blankAsNull(shape.address),
  recruitmentSource: shape.recruitmentSource.unwrap(),
  heardHow: blankAsNull(shape.heardHow),
  previousOccupation: blankAsNull(shape.previousOccupation),
  // An empty box is no number (null); anything else typed must be a whole number in range.
  yearsExperience: converted(
    z.union([z.number(), z.string()]),
    (years) => (typeof years === 'number' ? years : years.trim() === '' ? null : Number(years)),
    shape.yearsExperience,
  ),
  education: shape.education.unwrap(),
  languages: shape.languages.unwrap(),
  track: shape.track.unwrap(),
  trafficLight: shape.trafficLight.unwrap(),
}) satisfies z.ZodType<unknown, DetailsValues>;

export function valuesOf(p: Participant): DetailsValues {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    nationalId: p.nationalId ?? '',
    phone: displayPhone(p.phone),
    email: p.email ?? '',
    gender: p.gender,
    birthDate: p.birthDate,
    city: p.city ?? '',
    address: p.address ?? '',
    recruitmentSource: p.recruitmentSource,
    heardHow: p.heardHow ?? '',
    previousOccupation: p.previousOccupation ?? '',
    yearsExperience: p.yearsExperience ?? '',
    education: p.education,
    languages: p.languages,
    track: p.track,
    trafficLight: p.trafficLight,
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function sendable(values: DetailsValues): Patch {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    nationalId: text(values.nationalId),
    phone: text(values.phone),
    email: text(values.email),
    gender: values.gender,
    birthDate: values.birthDate,
    city: text(values.city),
    address: text(values.address),
    recruitmentSource: values.recruitmentSource,
    heardHow: text(values.heardHow),
    previousOccupation: text(values.previousOccupation),
    yearsExperience:
      typeof values.yearsExperience === 'number'
        ? values.yearsExperience
        : values.yearsExperience.trim() === ''
          ? null
          : Number(values.yearsExperience),
    education: values.education,
    languages: values.languages,
    track: values.track,
    trafficLight: values.trafficLight,
  };
}

/**
 * Only what the user changed is sent, compared with the record as it is now: a navigator's
 * patch then holds contact fields only, and a save never overwrites a field it did not touch.
 */
export function changedPatch(values: DetailsValues, current: Participant, editable: readonly (keyof Patch)[]): Patch {
  const typed = sendable(values);
  const stored = sendable(valuesOf(current));
  const patch: Record<string, unknown> = {};
  for (const key of editable) {
    if (JSON.stringify(typed[key]) !== JSON.stringify(stored[key])) patch[key] = typed[key];
  }
  return patch as Patch;
}
