import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="flex-start">
      <Title order={1} fz="h2">
        {t('pages.notFound.title')}
      </Title>
      <Text>{t('pages.notFound.body')}</Text>
      <Anchor href={hrefFor('/')}>{t('pages.notFound.backHome')}</Anchor>
    </Stack>
  );
}
