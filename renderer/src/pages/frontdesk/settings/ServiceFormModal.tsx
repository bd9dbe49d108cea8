import { Button, Group, Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { formatPhone, isValidPhone } from '../../../../../electron/domain/phone';
import { showSuccess, useApiAction } from '../../../api';
import type { FieldErrors } from '../../../forms/field-errors';
import { useFormErrors } from '../../../forms/useFormErrors';
import { FormError } from '../../../forms/FormError';

export type ServiceRow = MethodOutput<'services.list'>[number];

const FIELDS = ['name', 'offers', 'phone', 'address', 'active'] as const;
const ownSentence = (path: string) => (path === 'phone' ? 'frontdesk.inquiry.problems.phone' : undefined);

/** Adds a community service to the referral directory, or corrects one. */
export function ServiceFormModal({ service, onClose }: { service: ServiceRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('services.save');
  const [name, setName] = useState(service?.name ?? '');
  const [offers, setOffers] = useState(service?.offers ?? '');
  const [phone, setPhone] = useState(service?.phone ? formatPhone(service.phone) : '');
  const [address, setAddress] = useState(service?.address ?? '');
  const [active, setActive] = useState(service?.active ?? true);
  const { errors, formError, formRef, clear: cleared, showLocal, showServer } = useFormErrors(FIELDS, ownSentence);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: FieldErrors = {};
    if (name.trim().length < 2) local.name = t('frontdesk.services.nameRequired');
    if (offers.trim().length < 2) local.offers = t('frontdesk.services.offersRequired');
    if (phone.trim() !== '' && !isValidPhone(phone)) local.phone = t('frontdesk.inquiry.problems.phone');
    if (showLocal(local)) return;
    const result = await save.run({
      id: service?.id,
      name: name.trim(),
      offers: offers.trim(),
      phone: phone.trim() === '' ? null : phone.trim(),
      address: address.trim() === '' ? null : address.trim(),
      active,
    });
    if (!result.ok) return showServer(result.error);
    await queryClient.invalidateQueries({ queryKey: ['services.list'] });
    showSuccess(t(service ? 'frontdesk.services.updated' : 'frontdesk.services.created'), t);
    onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(service ? 'frontdesk.services.editTitle' : 'frontdesk.services.createTitle')}
    >
      <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate data-testid="service-form">
        <Stack gap="md">
          <FormError error={formError} />
          <TextInput
            label={t('frontdesk.services.name')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              cleared('name');
            }}
            error={errors.name}
            maxLength={120}
            required
            data-autofocus
          />
          <Textarea
            label={t('frontdesk.services.offers')}
            value={offers}
            onChange={(event) => {
              setOffers(event.currentTarget.value);
              cleared('offers');
            }}
            error={errors.offers}
            maxLength={500}
            autosize
            minRows={2}
            required
          />
          <TextInput
            label={t('frontdesk.services.phone')}
            placeholder="03-XXX-XXXX"
            value={phone}
            onChange={(event) => {
              setPhone(event.currentTarget.value);
              cleared('phone');
            }}
            onBlur={() => isValidPhone(phone) && setPhone(formatPhone(phone))}
            error={errors.phone}
            type="tel"
            dir="ltr"
          />
          <TextInput
            label={t('frontdesk.services.address')}
            value={address}
            onChange={(event) => {
              setAddress(event.currentTarget.value);
              cleared('address');
            }}
            error={errors.address}
            maxLength={200}
          />
          <Switch
            label={t('frontdesk.services.active')}
            description={t('frontdesk.services.activeHint')}
            checked={active}
            onChange={(event) => setActive(event.currentTarget.checked)}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.pending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
