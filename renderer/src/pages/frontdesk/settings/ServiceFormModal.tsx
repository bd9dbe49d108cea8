import { Modal, Switch, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../../electron/api/contract';
import { formatPhone, isValidPhone } from '../../../../../electron/domain/phone';
import { showSuccess, useApiAction } from '../../../api';
import { blankAsNull } from '../../../forms/form-schemas';
import { inputOf } from '../../../forms/input-of';
import { DialogActions, FormFrame } from '../../../forms/FormFrame';
import { maxLengthOf } from '../../../forms/limits';
import { useContractForm } from '../../../forms/useContractForm';

export type ServiceRow = MethodOutput<'services.list'>[number];

const saveInput = inputOf('services.save');
const serviceForm = saveInput.omit({ id: true }).extend({
  phone: blankAsNull(
    saveInput.shape.phone.refine((phone) => phone == null || isValidPhone(phone), 'frontdesk.inquiry.problems.phone'),
  ),
  address: blankAsNull(saveInput.shape.address),
});

const sentences = {
  name: 'frontdesk.services.nameRequired',
  offers: 'frontdesk.services.offersRequired',
  phone: 'frontdesk.inquiry.problems.phone',
};

/** Adds a community service to the referral directory, or corrects one. */
export function ServiceFormModal({ service, onClose }: { service: ServiceRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useApiAction('services.save');
  const { form, formRef, formError, field, onSubmit } = useContractForm({
    schema: serviceForm,
    initialValues: {
      name: service?.name ?? '',
      offers: service?.offers ?? '',
      phone: service?.phone ? formatPhone(service.phone) : '',
      address: service?.address ?? '',
      active: service?.active ?? true,
    },
    sentences,
  });

  const submit = onSubmit(async (input) => {
    const result = await save.run({ id: service?.id, ...input });
    if (!result.ok) return result.error;
    await queryClient.invalidateQueries({ queryKey: ['services.list'] });
    showSuccess(t(service ? 'frontdesk.services.updated' : 'frontdesk.services.created'), t);
    onClose();
  });
  const phone = form.getValues().phone;

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(service ? 'frontdesk.services.editTitle' : 'frontdesk.services.createTitle')}
    >
      <FormFrame formRef={formRef} formError={formError} onSubmit={submit} testId="service-form">
        <TextInput
          label={t('frontdesk.services.name')}
          {...field('name')}
          maxLength={maxLengthOf(saveInput.shape.name)}
          required
          data-autofocus
        />
        <Textarea
          label={t('frontdesk.services.offers')}
          {...field('offers')}
          maxLength={maxLengthOf(saveInput.shape.offers)}
          autosize
          minRows={2}
          required
        />
        <TextInput
          label={t('frontdesk.services.phone')}
          placeholder="03-XXX-XXXX"
          {...field('phone')}
          onBlur={() => isValidPhone(phone) && form.setFieldValue('phone', formatPhone(phone))}
          type="tel"
          dir="ltr"
        />
        <TextInput
          label={t('frontdesk.services.address')}
          {...field('address')}
          maxLength={maxLengthOf(saveInput.shape.address)}
        />
        <Switch
          label={t('frontdesk.services.active')}
          description={t('frontdesk.services.activeHint')}
          {...field('active', 'checkbox')}
        />
        <DialogActions onCancel={onClose} loading={save.pending} />
      </FormFrame>
    </Modal>
  );
}
