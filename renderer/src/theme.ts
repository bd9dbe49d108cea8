import {
  Badge,
  createTheme,
  darken,
  InputWrapper,
  mergeThemeOverrides,
  Modal,
  type MantineThemeOverride,
  type CSSVariablesResolver,
  type MantineColorSchemeManager,
} from '@mantine/core';

/**
 * One family for both scripts: the bundled Noto Sans Hebrew subsets cover Hebrew and Latin
 * (basic and extended), so mixed Hebrew/English text keeps one rhythm. The system fonts
 * after it only matter for characters outside those subsets.
 */
const fontFamily = "'Noto Sans Hebrew', system-ui, 'Segoe UI', 'DejaVu Sans', Arial, sans-serif";

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white button text above 4.5:1 contrast.
  primaryShade: { light: 7, dark: 5 },
  // Filled buttons and badges in light colours (yellow, lime) take dark text instead of white.
  autoContrast: true,
  // White and black text read equally well on a colour of luminance 0.18; above it, black wins.
  luminanceThreshold: 0.18,
  fontFamily,
  headings: { fontFamily, fontWeight: '600' },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  respectReducedMotion: true,
  components: {
    // Upper-case labels shout in English and mean nothing in Hebrew; keep the text as written.
    Badge: Badge.extend({ defaultProps: { tt: 'none' } }),
    // A field's reason appears as the form is checked: role="alert" has screen readers say it
    // when it appears (focus moving to the field alone is missed by some readers and by
    // magnifier users whose view is elsewhere). Every text, date, select and group uses this.
    InputWrapper: InputWrapper.extend({ defaultProps: { errorProps: { role: 'alert' } } }),
  },
});

/**
 * Mantine keeps the colour scheme in localStorage by default. Kesher runs on shared office
 * PCs and stores nothing in the browser beyond the tab, so the scheme lives in memory.
 */
export const inMemoryColorSchemeManager: MantineColorSchemeManager = {
  get: (defaultValue) => defaultValue,
  set: () => {},
  subscribe: () => {},
  unsubscribe: () => {},
  clear: () => {},
};

/**
 * Text colours that read at 4.5:1 or better (WCAG AA) on the app's near-white pages: Mantine's
 * dimmed grey (gray-6) and its light-variant text (shade 7 on a tint: yellow, orange and green
 * badges, the active navigation link) fall below it, which magnifier users notice first.
 */
export const contrastVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(t.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.35),
      ]),
    ),
  },
  dark: {},
});

/**
 * The theme in the interface language: every dialog's close button (an icon) is named, so a
 * screen reader says "Close" instead of "button".
 */
export function themeIn(closeLabel: string): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: { Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } }) },
  });
}
