import { Stack, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConsentsSection } from './ConsentsSection';
import { DetailsForm } from './DetailsForm';
import { NotesSection } from './NotesSection';
import type { Abilities, Participant } from './participant-data';
import { PopulationTagsSection } from './PopulationTagsSection';
import { ScreeningSection } from './ScreeningSection';
import { StatusSection } from './StatusSection';

export type SectionId = 'personal' | 'screening' | 'status' | 'consents' | 'notes';

interface SectionDef {
  id: SectionId;
  labelKey: string;
  /** Not rendered at all when the server withholds this section. */
  withheldWith?: 'consents' | 'notes';
  render: (p: Participant, abilities: Abilities) => ReactNode;
}

/** The record's own sections, as they were before case work had tabs of its own. */
export const sections: readonly SectionDef[] = [
  {
    // Not 'details': that names the tab these sections sit in, in the address and in test ids.
    id: 'personal',
    labelKey: 'participant.sections.details',
    render: (p, can) => (
      <Stack gap="xl">
        <DetailsForm participant={p} abilities={can} />
        {p.populationTags && <PopulationTagsSection participant={p} editable={can.editCase} />}
      </Stack>
    ),
  },
  { id: 'screening', labelKey: 'participant.tabs.screening', render: (p) => <ScreeningSection participant={p} /> },
  { id: 'status', labelKey: 'participant.tabs.status', render: (p) => <StatusSection participant={p} /> },
  {
    id: 'consents',
    labelKey: 'participant.tabs.consents',
    withheldWith: 'consents',
    render: (p, can) => <ConsentsSection participant={p} editable={can.workCase} />,
  },
  {
    id: 'notes',
    labelKey: 'participant.tabs.notes',
    withheldWith: 'notes',
    render: (p, can) => <NotesSection participant={p} editable={can.editCase} />,
  },
];

export const sectionsFor = (p: Participant) =>
  sections.filter((s) => !s.withheldWith || !p.withheld.includes(s.withheldWith));

/** The Details tab: the record's sections as second-level tabs (arrow keys move between them). */
export function DetailsTab({
  participant,
  abilities,
  section,
  onSection,
}: {
  participant: Participant;
  abilities: Abilities;
  section: SectionId;
  onSection: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const shown = sectionsFor(participant);
  return (
    <Tabs value={section} onChange={onSection} keepMounted={false} variant="pills" orientation="horizontal">
      <Tabs.List aria-label={t('participant.tabs.details')}>
        {shown.map((s) => (
          <Tabs.Tab key={s.id} value={s.id} data-testid={`tab-${s.id}`}>
            {t(s.labelKey)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {shown.map((s) => (
        <Tabs.Panel key={s.id} value={s.id} pt="lg">
          {s.render(participant, abilities)}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
