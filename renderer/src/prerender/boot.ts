/**
 * The page's first script (a classic one, run as the page is parsed, before any paint). For a
 * window that is new to a store ready for sign-in, it shows the sign-in screen drawn at build
 * time in this tab's language, so the form is on screen before the app's script has even been
 * compiled, and keeps what is typed or submitted there for the app (prerender/adopt.ts). It
 * starts the app's script after that first frame: starting it at once would hold the paint
 * until the script had run. Any other window (a reload, a store being set up, a PC joined to
 * the centre PC) starts the app at once and lets it decide.
 */
import { takeBrowserToken } from '../api/launch-token';
import { readTabStorage, TAB_STORAGE } from '../session/tab-storage';
import { PRERENDER } from './page-ids';

function startApp(): void {
  const entry = document.querySelector<HTMLLinkElement>(`link[${PRERENDER.entryAttribute}]`);
  if (!entry) return;
  const script = document.createElement('script');
  script.type = 'module';
  // Matches the preload's mode, so the preloaded script is the one that runs.
  script.crossOrigin = '';
  script.src = entry.href;
  document.head.append(script);
}

function showSignIn(): boolean {
  const start = document.querySelector(`meta[name="${PRERENDER.startMeta}"]`)?.getAttribute('content');
  const newWindow = readTabStorage(TAB_STORAGE.client) === null && readTabStorage(TAB_STORAGE.loaded) === null;
  if (start !== 'sign-in' || !newWindow) return false;
  // The first template is the default language's; a tab that chose another finds its own.
  const chosen = document.getElementById(`${PRERENDER.templatePrefix}${readTabStorage(TAB_STORAGE.language)}`);
  const template = chosen ?? document.querySelector(`template[id^="${PRERENDER.templatePrefix}"]`);
  const host = document.getElementById(PRERENDER.hostId);
  if (!(template instanceof HTMLTemplateElement) || !host) return false;
  document.documentElement.lang = template.lang;
  document.documentElement.dir = template.dir;
  // Mantine's colours hang on this attribute, which its provider sets only once the app runs.
  document.documentElement.setAttribute('data-mantine-color-scheme', 'light');
  host.append(template.content.cloneNode(true));
  const form = host.querySelector('form');
  // The page may not submit itself (no action, and the CSP's form-action 'none'): the app does it.
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    form.setAttribute(PRERENDER.submittedAttribute, 'true');
  });
  host.querySelector<HTMLInputElement>('input[data-path="username"]')?.focus();
  return true;
}

// First, before anything is on screen to be clicked or typed into.
takeBrowserToken({ last: false });
const shown = showSignIn();
try {
  sessionStorage.setItem(TAB_STORAGE.loaded, 'true');
} catch {
  // Without storage a reload shows the drawn form again, which the app then replaces.
}
if (shown) requestAnimationFrame(() => setTimeout(startApp, 0));
else startApp();
