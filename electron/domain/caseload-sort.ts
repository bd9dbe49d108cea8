/** The orders the caseload list can be sorted in (the list API and the repository share them). */
export const caseloadSortFields = [
  'lastName',
  'firstName',
  'status',
  'enrolmentDate',
  'lastContactDate',
  'trafficLight',
  'age',
  'updatedAt',
] as const;
export type CaseloadSortField = (typeof caseloadSortFields)[number];
