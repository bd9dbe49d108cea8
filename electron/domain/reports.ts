/**
 * Record kinds of a CRF-1 migration bundle whose source key is remembered on import, so that
 * importing the same bundle again matches what the first import created instead of adding it
 * twice. Sessions, enrolments and attendance are keyed by these (workshop + number, pid).
 */
export const importKeyKinds = ['participant', 'placement', 'meeting', 'workshop'] as const;
export type ImportKeyKind = (typeof importKeyKinds)[number];
