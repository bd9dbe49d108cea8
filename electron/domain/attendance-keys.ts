/**
 * The attendance roster's keyboard, by PHYSICAL key (KeyboardEvent.code): on the Hebrew
 * layout the P key types פ and L types ך, but its code is still KeyP / KeyL, so the same
 * fingers mark the same status whichever layout is on.
 */
import type { AttendanceStatus } from './codes';

export const markKeyCodes = {
  KeyP: 'PRESENT',
  KeyL: 'LATE',
  KeyA: 'ABSENT',
  KeyE: 'EXCUSED',
} as const satisfies Record<string, AttendanceStatus>;

/** The letter printed on the key for each status, for hints and aria-keyshortcuts. */
export const markKeyLetters: Record<AttendanceStatus, string> = {
  PRESENT: 'P',
  LATE: 'L',
  ABSENT: 'A',
  EXCUSED: 'E',
};

export type RosterKeyAction =
  | { kind: 'mark'; status: AttendanceStatus }
  | { kind: 'undo' }
  | { kind: 'move'; by: 1 | -1 }
  | { kind: 'first' }
  | { kind: 'last' };

export interface KeyFacts {
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/**
 * What a key press on a roster row does, or null to leave it to the browser (Tab, Enter on a
 * button, Ctrl+K for search…). Marks take a bare key: Ctrl+P stays print and Ctrl+A select-all.
 */
export function rosterKeyAction(key: KeyFacts): RosterKeyAction | null {
  const mod = key.ctrlKey || key.metaKey;
  if (key.altKey) return null;
  if (mod && !key.shiftKey && key.code === 'KeyZ') return { kind: 'undo' };
  if (mod || key.shiftKey) return null;
  if (key.code === 'Backspace') return { kind: 'undo' };
  if (key.code in markKeyCodes) return { kind: 'mark', status: markKeyCodes[key.code as keyof typeof markKeyCodes] };
  switch (key.code) {
    case 'ArrowDown':
      return { kind: 'move', by: 1 };
    case 'ArrowUp':
      return { kind: 'move', by: -1 };
    case 'Home':
      return { kind: 'first' };
    case 'End':
      return { kind: 'last' };
    default:
      return null;
  }
}
