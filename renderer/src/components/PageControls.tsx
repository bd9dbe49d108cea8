import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface PageControlsProps {
  total: number;
  value: number;
  onChange: (page: number) => void;
}

/** Page buttons under a long list, each named for screen readers; nothing when there is one page. */
export function PageControls({ total, value, onChange }: PageControlsProps) {
  const { t } = useTranslation();
  if (total <= 1) return null;
  return (
    <Pagination
      total={total}
      value={value}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': t(`common.pageControls.${control}`) })}
      getItemProps={(page) => ({ 'aria-label': t('common.pageN', { n: page }) })}
    />
  );
}
