// Rendered at build time in Node (scripts/prerender.mjs), never in the page: the sign-in screen
// as HTML, so the page can show it before the start-up script has run (issue 12, item 12).
import '../zod-csp';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createClient } from '../../../electron/api/client';
import { ApiProvider } from '../api/ApiContext';
import { directionOf, initI18n, languages, type Language } from '../i18n';
import { SignInPage } from '../pages/auth/SignInPage';
import { contrastVariables, inMemoryColorSchemeManager, themeIn } from '../theme';

/** The server puts each response's CSP nonce here (electron/platform/static-files.ts). */
const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/** Nothing is sent from a page drawn at build time: the form only submits once the app runs. */
const inert = createClient(() =>
  Promise.resolve({ ok: false as const, error: { code: 'store_unavailable', message: 'errors.transport' } }),
);

/** The sign-in screen exactly as the app draws it for a store that is ready, in `language`. */
export function signInMarkup(language: Language): string {
  const i18n = initI18n(language);
  void i18n.changeLanguage(language);
  return renderToString(
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(language)}>
        <MantineProvider
          theme={themeIn(i18n.t('common.close'))}
          cssVariablesResolver={contrastVariables}
          getStyleNonce={() => NONCE_PLACEHOLDER}
          colorSchemeManager={inMemoryColorSchemeManager}
          defaultColorScheme="light"
        >
          <ApiProvider value={{ client: inert, transport: 'http' }}>
            <SignInPage onSignedIn={() => Promise.resolve()} demo={null} />
          </ApiProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>,
  );
}

export { PRERENDER } from './page-ids';

/** The languages drawn, the default first, each with its direction. */
export const drawnLanguages = languages.map((language) => ({ language, dir: directionOf(language) }));
