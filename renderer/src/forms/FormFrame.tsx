import { Button, Group, Stack, Text, type ButtonProps, type MantineSpacing } from '@mantine/core';
import type { FormEvent, ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/result';
import { FormError } from './FormError';

/**
 * The frame every form shares: the form element left to our own checks (noValidate), an
 * optional line saying what the form does, and the alert for reasons no field can show.
 */
export function FormFrame({
  formRef,
  formError,
  onSubmit,
  testId,
  formErrorTestId,
  ariaLabel,
  intro,
  gap = 'md',
  children,
}: {
  formRef: RefObject<HTMLFormElement | null>;
  formError: ApiError | null;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  testId?: string;
  formErrorTestId?: string;
  ariaLabel?: string;
  intro?: ReactNode;
  gap?: MantineSpacing;
  children: ReactNode;
}) {
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate data-testid={testId} aria-label={ariaLabel}>
      <Stack gap={gap}>
        {intro && (
          <Text fz="sm" c="dimmed">
            {intro}
          </Text>
        )}
        <FormError error={formError} testId={formErrorTestId} />
        {children}
      </Stack>
    </form>
  );
}

/** A form's submit button on its own row. */
export function SubmitRow({
  children,
  loading,
  testId,
  ...button
}: ButtonProps & { children: ReactNode; loading: boolean; testId?: string }) {
  return (
    <Group>
      <Button type="submit" loading={loading} data-testid={testId} {...button}>
        {children}
      </Button>
    </Group>
  );
}

/** A dialog's closing row: cancel, then the submit button (Save unless named). */
export function DialogActions({
  onCancel,
  loading,
  submitLabel,
  testId,
}: {
  onCancel: () => void;
  loading: boolean;
  submitLabel?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={loading} data-testid={testId}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}
