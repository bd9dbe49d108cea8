import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot, SLOW } from './page-steps';

/** Where a screen reader hears a change without the focus moving there. */
const LIVE = '[role="alert"], [role="status"], [aria-live="polite"], [aria-live="assertive"]';

/**
 * Keyboard alone, counted: every key goes through `page.keyboard` (never a click, never
 * `fill`), and each key press is one action, as staff time is counted elsewhere in e2e.
 */
export class Keyboard {
  actions = 0;
  constructor(private readonly page: Page) {}

  async press(key: string, times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      this.actions += 1;
      await this.page.keyboard.press(key);
    }
  }

  /** One action per character, Hebrew included. */
  async type(text: string): Promise<void> {
    for (const char of text) {
      this.actions += 1;
      await this.page.keyboard.type(char);
    }
  }

  /**
   * Tabs (or Shift+Tabs) until the focus is on `target` or inside it: proves the field is in
   * the tab order, and costs what it costs a keyboard user.
   */
  async tabTo(target: Locator, { back = false, max = 60 } = {}): Promise<void> {
    await target.waitFor(SLOW);
    for (let i = 0; i <= max; i += 1) {
      if (await holdsFocus(target)) return;
      await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} never reached ${String(target)}`);
  }

  /** Tabs to a field, selects what is in it and types over it. */
  async fillField(target: Locator, text: string): Promise<void> {
    await this.tabTo(target);
    await this.press('Control+A');
    await this.type(text);
  }

  /**
   * Picks an option of a Mantine select from the keyboard: ArrowDown opens the list and walks
   * it until the wanted option is the active one, Enter takes it.
   */
  async choose(field: Locator, option: string): Promise<void> {
    await this.tabTo(field);
    await this.press('ArrowDown');
    await this.page.getByRole('listbox').first().waitFor(SLOW);
    const active = this.page.locator('[role="option"][data-combobox-selected]');
    for (let i = 0; i < 40; i += 1) {
      // Key events are discrete in React: the list has re-rendered when the press returns.
      if ((await active.count()) === 1 && (await active.textContent())?.trim() === option) {
        await this.press('Enter');
        await this.page
          .getByRole('listbox')
          .first()
          .waitFor({ state: 'hidden', ...SLOW });
        return;
      }
      await this.press('ArrowDown');
    }
    throw new Error(`the option "${option}" was never reached with ArrowDown`);
  }
}

export function holdsFocus(target: Locator): Promise<boolean> {
  return target
    .first()
    .evaluate((el) => el === document.activeElement || el.contains(document.activeElement))
    .catch(() => false);
}

/** A date typed the Israeli way, dd/mm/yyyy, as the date fields take it. */
export function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Waits until a live region on the page says `message`. */
export async function expectAnnounced(page: Page, message: string): Promise<void> {
  await page.locator(LIVE).filter({ hasText: message }).first().waitFor(SLOW);
}

/**
 * The keyboard is on a field marked invalid, and that field's own reason (what aria-describedby
 * points at) is inside a live region: the reader says it both when it appears and on the field.
 * Returns the reason as shown.
 */
export async function expectFocusOnAnnouncedInvalid(page: Page): Promise<string> {
  const state = () =>
    page.evaluate((live) => {
      const el = document.activeElement;
      if (!el || (el.getAttribute('aria-invalid') !== 'true' && !el.hasAttribute('data-invalid'))) return null;
      const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const announced = ids
        .map((id) => document.getElementById(id))
        .filter((node): node is HTMLElement => node !== null && node.closest(live) !== null)
        .map((node) => node.textContent ?? '');
      return announced.join(' ').trim() || null;
    }, LIVE);
  await expect
    .poll(state, SLOW)
    .not.toBeNull()
    .catch(async (error: unknown) => {
      // Say where the keyboard actually is, so a failure names the element to fix.
      await screenshot(page, 'keyboard-failure', { fullPage: false, keepNotifications: true });
      const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 300) ?? 'nothing');
      throw new Error(`no announced reason on the focused field; focus is on ${focused}`, { cause: error });
    });
  const reason = (await state()) ?? '';
  // A translated sentence, not an i18n key or a rule name.
  expect(reason).not.toMatch(/^[a-z]+(\.[a-zA-Z_]+)+$/);
  return reason;
}
