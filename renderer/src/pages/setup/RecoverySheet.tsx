import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatToday } from '../../format';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';

/**
 * The page window.print() prints: everything else on the page is hidden by the print
 * stylesheet, and this sheet is hidden on screen. It sits directly under <body> so the
 * stylesheet can hide the rest with one rule.
 */
export function RecoverySheet({
  recoveryKey,
  centreName,
  centreCode,
}: {
  recoveryKey: string;
  centreName: string;
  centreCode: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return createPortal(
    <section
      className="kesher-print-sheet"
      lang={language}
      dir={language === 'he' ? 'rtl' : 'ltr'}
      aria-hidden="true"
      data-testid="recovery-sheet"
    >
      <h1>{t('setup.sheet.title')}</h1>
      <dl className="kesher-sheet-facts">
        <dt>{t('setup.sheet.centre')}</dt>
        <dd>
          <bdi>{centreName}</bdi> (<bdi>{centreCode}</bdi>)
        </dd>
        <dt>{t('setup.sheet.date')}</dt>
        <dd>
          <bdi>{formatToday()}</bdi>
        </dd>
      </dl>
      <h2>{t('setup.sheet.keyHeading')}</h2>
      <RecoveryKeyGroups recoveryKey={recoveryKey} />
      <h2>{t('setup.sheet.instructionsHeading')}</h2>
      <ol className="kesher-sheet-instructions">
        <li>{t('setup.sheet.instruction1')}</li>
        <li>{t('setup.sheet.instruction2')}</li>
        <li>{t('setup.sheet.instruction3')}</li>
        <li>{t('setup.sheet.instruction4')}</li>
      </ol>
      <p className="kesher-sheet-signature">{t('setup.sheet.keptBy')}</p>
    </section>,
    document.body,
  );
}
