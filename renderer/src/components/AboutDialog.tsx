import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AboutCard } from './AboutCard';

/** What this installation is and a connection check: for support calls, not for the day's work. */
export function AboutDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} size="lg">
      {opened && <AboutCard bare />}
    </Modal>
  );
}
