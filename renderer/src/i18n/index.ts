import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appLanguages, type AppLanguage } from '../../../electron/domain/languages';
import { readTabStorage, TAB_STORAGE } from '../session/tab-storage';
import { gateResources } from './gate-resources';

export type Language = AppLanguage;
export type Direction = 'rtl' | 'ltr';

export const languages: readonly Language[] = appLanguages;
export const defaultLanguage: Language = 'he';

/**
 * The choice survives a reload of this tab only. It is not personal data, but staff share
 * office PCs, so nothing about one person's session should outlive the tab; the signed-in
 * user's saved preference will come from the server instead.
 */
const STORAGE_KEY = TAB_STORAGE.language;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function directionOf(language: Language): Direction {
  return language === 'he' ? 'rtl' : 'ltr';
}

export function rememberedLanguage(): Language {
  const stored = readTabStorage(STORAGE_KEY);
  return isLanguage(stored) ? stored : defaultLanguage;
}

export function rememberLanguage(language: Language): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage can be disabled; the choice then lasts until the tab reloads, which is fine.
  }
}

/** Screen readers pick their voice from `lang`; layout mirrors on `dir`. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { he: { translation: gateResources.he }, en: { translation: gateResources.en } },
    lng: language,
    fallbackLng: defaultLanguage,
    supportedLngs: [...languages],
    // React escapes text itself; escaping twice would show entities to the user.
    interpolation: { escapeValue: false },
    // Resources are bundled, so initialising synchronously avoids a first frame of raw keys.
    initAsync: false,
    showSupportNotice: false,
    returnEmptyString: false,
  });
  return i18next;
}
