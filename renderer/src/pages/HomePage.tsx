import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AboutCard } from '../components/AboutCard';
import { TodayPanel } from '../components/TodayPanel';

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
      <AboutCard />
    </Stack>
  );
}
