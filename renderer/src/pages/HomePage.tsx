import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TodayPanel } from '../components/TodayPanel';
import { DayPanel } from './home/DayPanel';
import { ExportDueCard } from './export/ExportDueCard';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} fz="h2">
          {t('pages.home.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('app.tagline')}
        </Text>
      </div>
      <TodayPanel />
      <ExportDueCard />
      <DayPanel />
    </Stack>
  );
}
