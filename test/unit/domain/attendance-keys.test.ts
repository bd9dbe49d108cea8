import { describe, expect, it } from 'vitest';
import { rosterKeyAction, type KeyFacts } from '../../../electron/domain/attendance-keys';

const key = (code: string, mods: Partial<KeyFacts> = {}): KeyFacts => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the attendance keyboard, by physical key', () => {
  it.each([
    ['KeyP', 'PRESENT'],
    ['KeyL', 'LATE'],
    ['KeyA', 'ABSENT'],
    ['KeyE', 'EXCUSED'],
  ])('%s marks %s whatever letter the layout types there', (code, status) => {
    expect(rosterKeyAction(key(code))).toEqual({ kind: 'mark', status });
  });

  it('undoes with Ctrl+Z, ⌘Z or Backspace, but not Ctrl+Shift+Z', () => {
    expect(rosterKeyAction(key('KeyZ', { ctrlKey: true }))).toEqual({ kind: 'undo' });
    expect(rosterKeyAction(key('KeyZ', { metaKey: true }))).toEqual({ kind: 'undo' });
    expect(rosterKeyAction(key('Backspace'))).toEqual({ kind: 'undo' });
    expect(rosterKeyAction(key('KeyZ', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });

  it('moves with the arrows, Home and End', () => {
    expect(rosterKeyAction(key('ArrowDown'))).toEqual({ kind: 'move', by: 1 });
    expect(rosterKeyAction(key('ArrowUp'))).toEqual({ kind: 'move', by: -1 });
    expect(rosterKeyAction(key('Home'))).toEqual({ kind: 'first' });
    expect(rosterKeyAction(key('End'))).toEqual({ kind: 'last' });
  });

  it('leaves modified letters and other keys to the browser (Ctrl+P prints, Ctrl+K searches)', () => {
    for (const facts of [
      key('KeyP', { ctrlKey: true }),
      key('KeyA', { ctrlKey: true }),
      key('KeyP', { shiftKey: true }),
      key('KeyP', { altKey: true }),
      key('Tab'),
      key('Enter'),
      key('KeyZ'),
    ])
      expect(rosterKeyAction(facts)).toBeNull();
  });
});
