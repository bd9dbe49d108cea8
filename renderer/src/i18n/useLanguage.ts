import { useDirection } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applyDocumentLanguage, defaultLanguage, directionOf, isLanguage, rememberLanguage, type Language } from '.';

export function useLanguage(): { language: Language; setLanguage: (language: Language) => Promise<void> } {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const language = isLanguage(current) ? current : defaultLanguage;

  const setLanguage = useCallback(
    async (next: Language) => {
      await i18n.changeLanguage(next);
      rememberLanguage(next);
      applyDocumentLanguage(next);
      setDirection(directionOf(next));
    },
    [i18n, setDirection],
  );

  return { language, setLanguage };
}
