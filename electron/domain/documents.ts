/**
 * Letters whose wording the coordinator edits as templates (issue 10). One list feeds the
 * template table's enum, the contract and the template editor.
 */
export const letterKinds = ['referral', 'exit', 'conference_invitation', 'meeting_reminder'] as const;
export type LetterKind = (typeof letterKinds)[number];
