import { Anchor, Text } from '@mantine/core';
import { formatPhone, normalisePhone } from '../../../../../electron/domain/phone';

/** A phone number as 05X-XXX-XXXX that dials when clicked (tel: is handled by the OS, not the app). */
export function PhoneLink({ phone, testId }: { phone: string | null | undefined; testId?: string }) {
  if (!phone) return <Text c="dimmed">—</Text>;
  const canonical = normalisePhone(phone);
  const shown = formatPhone(phone);
  if (!canonical) return <bdi dir="ltr">{shown}</bdi>;
  return (
    <Anchor href={`tel:${canonical}`} dir="ltr" data-testid={testId}>
      {shown}
    </Anchor>
  );
}
