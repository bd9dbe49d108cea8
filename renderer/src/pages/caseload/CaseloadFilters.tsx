import { Button, Group, MultiSelect, Select, Switch } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import {
  participantStatuses,
  populationTags,
  tracks,
  trafficLights,
  type ParticipantStatus,
  type PopulationTag,
  type Track,
  type TrafficLight,
} from '../../../../electron/domain/codes';
import { codeOptions } from '../../codes';
import { hasFilters, type CaseloadView } from './caseload-query';

type Directory = MethodOutput<'staff.directory'>;

interface CaseloadFiltersProps {
  view: CaseloadView;
  onChange: (next: Partial<CaseloadView>) => void;
  /** The coach filter makes no sense on "my caseload". */
  showCoach: boolean;
  /** Population tags are withheld from navigators, so they cannot filter on them either. */
  showPopulationTag: boolean;
  directory: Directory;
}

/**
 * Every filter applies as soon as it changes and is kept in the address. The group is a
 * labelled search region; "/" anywhere on the page moves focus to its first control.
 */
export const CaseloadFilters = forwardRef<HTMLDivElement, CaseloadFiltersProps>(function CaseloadFilters(
  { view, onChange, showCoach, showPopulationTag, directory },
  ref,
) {
  const { t } = useTranslation();
  const coaches = directory
    .filter((member) => member.role === 'coach' || member.role === 'coordinator')
    .map((member) => ({
      value: String(member.id),
      label: member.active ? member.displayName : t('caseload.inactiveStaff', { name: member.displayName }),
    }));

  return (
    <Group ref={ref} role="search" aria-label={t('caseload.filters.label')} align="flex-end" gap="md" wrap="wrap">
      <MultiSelect
        label={t('caseload.filters.status')}
        data={codeOptions(t, 'status', participantStatuses)}
        value={view.status}
        onChange={(value) => onChange({ status: value as ParticipantStatus[] })}
        placeholder={view.status.length ? undefined : t('caseload.filters.any')}
        clearable
        w={230}
        comboboxProps={{ withinPortal: true }}
        data-testid="filter-status"
      />
      <MultiSelect
        label={t('caseload.filters.track')}
        data={codeOptions(t, 'track', tracks)}
        value={view.track}
        onChange={(value) => onChange({ track: value as Track[] })}
        placeholder={view.track.length ? undefined : t('caseload.filters.any')}
        clearable
        w={210}
      />
      <MultiSelect
        label={t('caseload.filters.trafficLight')}
        data={codeOptions(t, 'trafficLight', trafficLights)}
        value={view.trafficLight}
        onChange={(value) => onChange({ trafficLight: value as TrafficLight[] })}
        placeholder={view.trafficLight.length ? undefined : t('caseload.filters.any')}
        clearable
        w={190}
      />
      {showCoach && (
        <Select
          label={t('caseload.filters.coach')}
          data={coaches}
          value={view.coachId === null ? null : String(view.coachId)}
          onChange={(value) => onChange({ coachId: value === null ? null : Number(value) })}
          placeholder={t('caseload.filters.anyCoach')}
          clearable
          searchable
          w={200}
          data-testid="filter-coach"
        />
      )}
      {showPopulationTag && (
        <Select
          label={t('caseload.filters.populationTag')}
          data={codeOptions(t, 'populationTag', populationTags)}
          value={view.populationTag}
          onChange={(value) => onChange({ populationTag: (value as PopulationTag | null) ?? null })}
          placeholder={t('caseload.filters.any')}
          clearable
          w={200}
        />
      )}
      <Switch
        label={t('caseload.filters.noContact')}
        checked={view.noContactOver90}
        onChange={(event) => onChange({ noContactOver90: event.currentTarget.checked })}
        mb={8}
        data-testid="filter-no-contact"
      />
      {hasFilters(view) && (
        <Button
          variant="subtle"
          onClick={() =>
            onChange({
              status: [],
              track: [],
              trafficLight: [],
              coachId: null,
              populationTag: null,
              noContactOver90: false,
            })
          }
        >
          {t('caseload.filters.clear')}
        </Button>
      )}
    </Group>
  );
});
