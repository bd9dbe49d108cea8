import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first stop of the Tab key. Focus is moved by script because a plain `#main-content`
 * link would change the hash, which the router owns.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  };
  return (
    <a className="kesher-skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
      {t('a11y.skipToContent')}
    </a>
  );
}
