import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api';
import { formatDisplayDate, maskDisplayDate, parseDisplayDate } from '../../forms/display-date';
import { actionLabel, auditActions } from './audit-vocabulary';

export interface AuditFilter {
  from?: string;
  to?: string;
  actorId?: number;
  action?: string;
}

const ALL = '';

/** Dates are typed as dd/mm/yyyy; the filter applies on Enter or "Show", not on every keystroke. */
export function AuditFilters({ value, onApply }: { value: AuditFilter; onApply: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const staff = useApiQuery('staff.list', {});
  const [from, setFrom] = useState(formatDisplayDate(value.from));
  const [to, setTo] = useState(formatDisplayDate(value.to));
  const [actor, setActor] = useState(value.actorId ? String(value.actorId) : ALL);
  const [action, setAction] = useState(value.action ?? ALL);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const readDate = (text: string): string | null | undefined =>
    text.trim() === '' ? undefined : parseDisplayDate(text);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromIso = readDate(from);
    const toIso = readDate(to);
    const next: { from?: string; to?: string } = {};
    if (fromIso === null) next.from = t('validation.displayDate');
    if (toIso === null) next.to = t('validation.displayDate');
    if (fromIso && toIso && fromIso > toIso) next.to = t('validation.dateOrder');
    setErrors(next);
    if (next.from || next.to) return;
    onApply({
      from: fromIso ?? undefined,
      to: toIso ?? undefined,
      actorId: actor === ALL ? undefined : Number(actor),
      action: action === ALL ? undefined : action,
    });
  };

  const clear = () => {
    setFrom('');
    setTo('');
    setActor(ALL);
    setAction(ALL);
    setErrors({});
    onApply({});
  };

  const dateInput = (label: string, text: string, set: (text: string) => void, error?: string) => (
    <TextInput
      label={label}
      placeholder={t('common.datePlaceholder')}
      value={text}
      onChange={(event) => set(maskDisplayDate(event.currentTarget.value))}
      error={error}
      inputMode="numeric"
      dir="ltr"
      w={150}
      autoComplete="off"
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('audit.filters')}>
      <Group align="flex-start" gap="md" wrap="wrap">
        {dateInput(t('audit.from'), from, setFrom, errors.from)}
        {dateInput(t('audit.to'), to, setTo, errors.to)}
        <NativeSelect
          label={t('audit.actor')}
          value={actor}
          onChange={(event) => setActor(event.currentTarget.value)}
          data={[
            { value: ALL, label: t('audit.allStaff') },
            ...(staff.data ?? []).map((member) => ({ value: String(member.id), label: member.displayName })),
          ]}
          w={200}
        />
        <NativeSelect
          label={t('audit.action')}
          value={action}
          onChange={(event) => setAction(event.currentTarget.value)}
          data={[
            { value: ALL, label: t('audit.allActions') },
            ...auditActions.map((name) => ({ value: name, label: actionLabel(t, name) })),
          ]}
          w={220}
        />
        <Group gap="sm" mt={25}>
          <Button type="submit">{t('audit.apply')}</Button>
          <Button variant="default" onClick={clear}>
            {t('audit.clear')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
