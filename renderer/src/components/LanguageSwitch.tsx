import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../i18n';
import { useLanguage } from '../i18n/useLanguage';
import { useOptionalSession } from '../session/SessionContext';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage: setLocalLanguage } = useLanguage();
  // Signed in, the choice is saved with the user; before sign-in it lasts for this tab.
  const session = useOptionalSession();
  const setLanguage = session?.setLanguage ?? setLocalLanguage;
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      size="xs"
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) void setLanguage(value);
      }}
      data={languages.map((code) => ({
        value: code,
        // Each language is named in its own script, so a reader of either can find theirs.
        label: (
          <span lang={code} dir={code === 'he' ? 'rtl' : 'ltr'}>
            {t(`language.${code}`)}
          </span>
        ),
      }))}
    />
  );
}
