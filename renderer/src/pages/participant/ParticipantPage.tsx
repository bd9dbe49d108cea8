import { Alert, Anchor, Group, Loader, Stack, Tabs, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError, useApiQuery } from '../../api';
import '../../caseload/caseload.css';
import { isolate } from '../../format';
import { useHashQuery } from '../../caseload/hash-query';
import { hrefFor, useCurrentPath } from '../../router';
import { useSession } from '../../session/SessionContext';
import { DetailsTab, sectionsFor, type SectionId } from './DetailsTab';
import { MeetingsTab } from './meetings/MeetingsTab';
import { abilitiesOf, type Abilities, type Participant } from './participant-data';
import { ParticipantHeader } from './ParticipantHeader';
import { PlacementsTab } from './placements/PlacementsTab';
import { PlanTab } from './plan/PlanTab';
import { ParticipantDocuments } from '../documents/ParticipantDocuments';
import { TimelineSection } from './TimelineSection';
import { ParticipantWorkshops } from '../attendance/ParticipantWorkshops';
import { EnrolInWorkshop } from '../workshops/EnrolInWorkshop';

interface TabDef {
  id: string;
  /** Case work (plan, meetings, placements): coaches and coordinators only, never navigators. */
  caseOnly?: boolean;
  render: (p: Participant, abilities: Abilities, section: Section) => ReactNode;
}

interface Section {
  id: SectionId;
  select: (id: string | null) => void;
}

/**
 * The record's tabs, in order. A case-work tab is one line here, e.g.
 * `{ id: 'plan', caseOnly: true, render: (p, can) => <PlanTab participant={p} abilities={can} /> },`
 * with its label under `participant.tabs.<id>`.
 */
const tabs: readonly TabDef[] = [
  {
    id: 'details',
    render: (p, can, section) => (
      <DetailsTab participant={p} abilities={can} section={section.id} onSection={section.select} />
    ),
  },
  { id: 'plan', caseOnly: true, render: (p) => <PlanTab participantId={p.id} /> },
  { id: 'meetings', caseOnly: true, render: (p) => <MeetingsTab participant={p} /> },
  { id: 'placements', caseOnly: true, render: (p) => <PlacementsTab participantId={p.id} /> },
  { id: 'timeline', render: (p) => <TimelineSection participantId={p.id} /> },
  { id: 'documents', caseOnly: true, render: (p) => <ParticipantDocuments participantId={p.id} /> },
];

const caseRoles = new Set(['coach', 'coordinator']);

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
  const shown = tabs.filter((tab) => !tab.caseOnly || (caseRoles.has(session.role) && !p.withheld.includes('plan')));
  // One address parameter names either a tab or one of the Details tab's sections, so links
  // written before the tabs existed (`?tab=status`) still land where they meant.
  const wanted = params.get('tab');
  const section = sectionsFor(p).find((s) => s.id === wanted)?.id;
  const active = section ? 'details' : (shown.find((tab) => tab.id === wanted)?.id ?? 'details');
  const selectTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'details') next.set('tab', value);
    else next.delete('tab');
    setParams(next);
  };
  const detailsSection: Section = { id: section ?? 'personal', select: selectTab };

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
            {tab.render(p, abilities, detailsSection)}
          </Tabs.Panel>
        ))}
      </Tabs>
      {abilities.workCase && <ParticipantWorkshops participantId={p.id} />}
    </Stack>
  );
}
