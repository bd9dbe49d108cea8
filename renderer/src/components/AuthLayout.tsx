import { Box, Container, Group, Paper, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

interface AuthLayoutProps {
  /** i18n key of the screen's heading, also used for the window title. */
  titleKey: string;
  width?: number;
  children: ReactNode;
}

/** The frame of every screen shown before the app: brand, language switch, one centred card. */
export function AuthLayout({ titleKey, width = 440, children }: AuthLayoutProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t(titleKey)} · ${t('app.name')}`;
  }, [t, titleKey]);

  return (
    <Box className="kesher-auth-screen">
      <Group justify="space-between" px="lg" py="sm" component="header" className="kesher-no-print">
        <Text fw={700} fz="xl" c="indigo.8">
          {t('app.name')}
        </Text>
        <LanguageSwitch />
      </Group>
      <Container size={width} px="md" component="main" id="main-content" className="kesher-auth-main">
        <Paper withBorder radius="md" shadow="xs" className="kesher-auth-card">
          <Title order={1} fz="h2" mb="lg">
            {t(titleKey)}
          </Title>
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
