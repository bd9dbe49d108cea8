/** The staff roles of a centre; the contract, the permission matrix and the renderer read them from here. */
export const roles = ['navigator', 'coach', 'coordinator', 'facilitator'] as const;
export type Role = (typeof roles)[number];

/**
 * Named groups the permission matrix grants methods to. Facilitators are in none of the
 * record groups: they see only their own workshops.
 */
export const roleGroups = {
  coordinator: ['coordinator'],
  /** The staff who work with participants' records. */
  caseStaff: ['navigator', 'coach', 'coordinator'],
  /** Who answers inquiries, screens and invites to conferences. */
  frontDesk: ['navigator', 'coordinator'],
  /** Who carries a case after intake. */
  caseOwners: ['coach', 'coordinator'],
} as const satisfies Record<string, readonly Role[]>;

/**
 * Sections some roles may not see; a withheld section comes back null and is named in `withheld`.
 * The personal work plan (barriers and strengths among it) has its own methods; naming it here
 * tells the participant page not to offer it.
 */
export const restrictedSections = ['plan', 'notes', 'consents', 'populationTags'] as const;
export type RestrictedSection = (typeof restrictedSections)[number];

/** What a navigator may change: who the person is and how to reach them, nothing of the case. */
export const contactFieldNames = [
  'firstName',
  'lastName',
  'nationalId',
  'phone',
  'email',
  'gender',
  'birthDate',
  'city',
  'address',
  'recruitmentSource',
  'heardHow',
] as const;
export type ContactFieldName = (typeof contactFieldNames)[number];

/** The participant sections this role does not get to see: all restricted ones unless the role owns cases. */
export function withheldSections(role: Role): RestrictedSection[] {
  return (roleGroups.caseOwners as readonly Role[]).includes(role) ? [] : [...restrictedSections];
}

/** Roles whose edits of a participant are limited to the contact fields. */
export const contactOnlyEditors: readonly Role[] = ['navigator'];
