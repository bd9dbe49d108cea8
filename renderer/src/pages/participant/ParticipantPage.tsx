import { Alert, Anchor, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError, useApiQuery } from '../../api';
import '../../caseload/caseload.css';
import { isolate } from '../../format';
import { useHashQuery } from '../../caseload/hash-query';
import { hrefFor, useCurrentPath } from '../../router';
import { useSession } from '../../session/SessionContext';
import { ConsentsSection } from './ConsentsSection';
import { DetailsForm } from './DetailsForm';
import { MeetingsTab } from './meetings/MeetingsTab';
import { NotesSection } from './NotesSection';
import { abilitiesOf, type Abilities, type Participant } from './participant-data';
import { ParticipantHeader } from './ParticipantHeader';
import { PlanTab } from './plan/PlanTab';
import { PopulationTagsSection } from './PopulationTagsSection';
import { PlacementsTab } from './placements/PlacementsTab';
import { ScreeningSection } from './ScreeningSection';
import { StatusSection } from './StatusSection';
import { TimelineSection } from './TimelineSection';
import { ParticipantWorkshops } from '../attendance/ParticipantWorkshops';
import { EnrolInWorkshop } from '../workshops/EnrolInWorkshop';

type TabId =
  'details' | 'screening' | 'status' | 'plan' | 'meetings' | 'placements' | 'consents' | 'notes' | 'timeline';

interface TabDef {
  id: TabId;
  /** Not rendered at all when the server withholds this section. */
  withheldWith?: 'plan' | 'consents' | 'notes';
  render: (p: Participant, abilities: Abilities) => ReactNode;
}

const tabs: readonly TabDef[] = [
  {
    id: 'details',
    render: (p, can) => (
      <Stack gap="xl">
        <DetailsForm participant={p} abilities={can} />
        {p.populationTags && <PopulationTagsSection participant={p} editable={can.editCase} />}
      </Stack>
    ),
  },
  { id: 'screening', render: (p) => <ScreeningSection participant={p} /> },
  { id: 'status', render: (p) => <StatusSection participant={p} /> },
  { id: 'plan', withheldWith: 'plan', render: (p) => <PlanTab participantId={p.id} /> },
  // The meeting log carries notes, so it goes wherever notes are withheld.
  { id: 'meetings', withheldWith: 'notes', render: (p) => <MeetingsTab participant={p} /> },
  {
    id: 'consents',
    withheldWith: 'consents',
    render: (p, can) => <ConsentsSection participant={p} editable={can.workCase} />,
  },
  { id: 'notes', withheldWith: 'notes', render: (p, can) => <NotesSection participant={p} editable={can.editCase} /> },
  { id: 'timeline', render: (p) => <TimelineSection participantId={p.id} /> },
  // Placements belong to the case owners: withheld together with the case sections.
  { id: 'placements', withheldWith: 'plan', render: (p) => <PlacementsTab participantId={p.id} /> },
];

/** `/participants/<id>`: the id is the last segment. */
function idFromPath(path: string): number | null {
  const match = /^\/participants\/(\d{1,9})$/.exec(path);
  return match ? Number(match[1]) : null;
}

export function ParticipantPage() {
  const id = idFromPath(useCurrentPath());
  return id === null ? <NotFound /> : <ParticipantRecord key={id} id={id} />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" align="flex-start">
      <Alert color="gray" variant="light">
        {t('errors.participant.not_found')}
      </Alert>
      <Anchor href={hrefFor('/participants')}>{t('participant.backToList')}</Anchor>
    </Stack>
  );
}

function ParticipantRecord({ id }: { id: number }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const record = useApiQuery('participants.get', { id });
  const [params, setParams] = useHashQuery();

  if (record.isPending)
    return (
      <Group gap="sm" role="status">
        <Loader size="sm" />
        <Text>{t('common.loading')}</Text>
      </Group>
    );
  if (record.isError) {
    if (record.error.apiError.code === 'not_found') return <NotFound />;
    return (
      <Alert color="red" variant="light" role="alert">
        {describeApiError(record.error.apiError, t).message}
      </Alert>
    );
  }

  const p = record.data;
  const abilities = abilitiesOf(p, session.role);
  const shown = tabs.filter((tab) => !tab.withheldWith || !p.withheld.includes(tab.withheldWith));
  const wanted = params.get('tab');
  const active = shown.find((tab) => tab.id === wanted)?.id ?? 'details';
  const selectTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'details') next.set('tab', value);
    else next.delete('tab');
    setParams(next);
  };

  return (
    <Stack gap="lg">
      <ParticipantHeader participant={p} />
      {abilities.workCase && p.status !== 'exited' && <EnrolInWorkshop participantId={p.id} />}
      {!p.canEdit && (
        <Alert color="blue" variant="light" data-testid="read-only-note">
          {p.coachName
            ? t('participant.readOnly.otherCoach', { coach: isolate(p.coachName) })
            : t('participant.readOnly.noCoach')}
        </Alert>
      )}
      <Tabs value={active} onChange={selectTab} keepMounted={false}>
        <Tabs.List>
          {shown.map((tab) => (
            <Tabs.Tab key={tab.id} value={tab.id} data-testid={`tab-${tab.id}`}>
              {t(`participant.tabs.${tab.id}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {shown.map((tab) => (
          <Tabs.Panel key={tab.id} value={tab.id} pt="lg">
            {tab.render(p, abilities)}
          </Tabs.Panel>
        ))}
      </Tabs>
      {abilities.workCase && <ParticipantWorkshops participantId={p.id} />}
    </Stack>
  );
}
