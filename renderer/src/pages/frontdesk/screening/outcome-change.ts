import type { ScreeningOutcome } from '../../../../../electron/domain/codes';

/**
 * A re-recorded routing call that would move the person to another outcome (and so to another
 * queue) is confirmed first; an unchanged outcome, or a first call, saves straight away.
 */
export function outcomeChangeToConfirm(
  recorded: ScreeningOutcome | null,
  next: ScreeningOutcome,
): { from: ScreeningOutcome; to: ScreeningOutcome } | null {
  return recorded !== null && recorded !== next ? { from: recorded, to: next } : null;
}
