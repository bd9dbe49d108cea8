import type { TFunction } from 'i18next';

/**
 * Code lists are translated once for the whole app, under `codes.<list>.<code>`
 * (caseload.*.json), so a code reads the same on every screen.
 */
export type CodeList =
  | 'status'
  | 'track'
  | 'trafficLight'
  | 'populationTag'
  | 'barrier'
  | 'education'
  | 'exitReason'
  | 'recruitmentSource'
  | 'gender'
  | 'consentKind'
  | 'consentMethod'
  | 'consentState'
  | 'screeningOutcome'
  | 'decision'
  | 'jobScope'
  | 'minTimeOutOfWork'
  | 'language'
  | 'workshopType'
  | 'goalStatus'
  | 'taskOwner'
  | 'planStatus';

export function codeLabel(t: TFunction, list: CodeList, code: string): string {
  return t(`codes.${list}.${code}`, { defaultValue: code });
}

export function codeOptions(
  t: TFunction,
  list: CodeList,
  codes: readonly string[],
): { value: string; label: string }[] {
  return codes.map((value) => ({ value, label: codeLabel(t, list, value) }));
}
