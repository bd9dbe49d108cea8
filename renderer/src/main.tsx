// First import on purpose: it configures zod before any contract schema is created.
import './zod-csp';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
// Only the Hebrew and Latin subsets: every string Kesher shows is in one of them.
import '@fontsource/noto-sans-hebrew/hebrew-400.css';
import '@fontsource/noto-sans-hebrew/hebrew-500.css';
import '@fontsource/noto-sans-hebrew/hebrew-600.css';
import '@fontsource/noto-sans-hebrew/hebrew-700.css';
import '@fontsource/noto-sans-hebrew/latin-400.css';
import '@fontsource/noto-sans-hebrew/latin-500.css';
import '@fontsource/noto-sans-hebrew/latin-600.css';
import '@fontsource/noto-sans-hebrew/latin-700.css';
import '@fontsource/noto-sans-hebrew/latin-ext-400.css';
import '@fontsource/noto-sans-hebrew/latin-ext-500.css';
import '@fontsource/noto-sans-hebrew/latin-ext-600.css';
import '@fontsource/noto-sans-hebrew/latin-ext-700.css';
import './styles/app.css';

import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiProvider, connectApi, createQueryClient } from './api';
import { applyDocumentLanguage, directionOf, initI18n, rememberedLanguage } from './i18n';
import { watchSession } from './session/api-problems';
import { AuthGate } from './session/AuthGate';
import { contrastVariables, inMemoryColorSchemeManager, themeIn } from './theme';

// The server puts a fresh nonce into this tag with every page load; Mantine's runtime <style>
// tags must carry it to pass the CSP (style-src 'self' 'nonce-…').
const styleNonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? '';
// Mantine's Modal and Drawer lock scrolling with react-remove-scroll, whose <style> tag takes
// its nonce from get-nonce, which reads this global (the name comes from webpack).
(globalThis as { __webpack_nonce__?: string }).__webpack_nonce__ = styleNonce;

const language = rememberedLanguage();
const i18n = initI18n(language);
applyDocumentLanguage(language);
// Every answer passes the session watch, so a lock by the server reaches the gate from any screen.
const api = connectApi(watchSession);
const queryClient = createQueryClient();

/**
 * Notifications appear at the bottom corner where a line of text ends (left in Hebrew, right
 * in English): the top corners hold the brand and the language switch, which must stay usable.
 */
function DirectionalNotifications() {
  const { dir } = useDirection();
  return <Notifications position={dir === 'rtl' ? 'bottom-left' : 'bottom-right'} limit={4} />;
}

/** Mantine in the interface language: labels the theme gives to icon-only controls follow a switch. */
function LocalisedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const localTheme = useMemo(() => themeIn(closeLabel), [closeLabel]);
  return (
    <MantineProvider
      theme={localTheme}
      cssVariablesResolver={contrastVariables}
      getStyleNonce={() => styleNonce}
      colorSchemeManager={inMemoryColorSchemeManager}
      defaultColorScheme="light"
    >
      {children}
    </MantineProvider>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={directionOf(language)} detectDirection>
        <LocalisedMantine>
          <ModalsProvider>
            <DirectionalNotifications />
            <QueryClientProvider client={queryClient}>
              <ApiProvider value={api}>
                <AuthGate />
              </ApiProvider>
            </QueryClientProvider>
          </ModalsProvider>
        </LocalisedMantine>
      </DirectionProvider>
    </I18nextProvider>
  </StrictMode>,
);
