import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { CountLink } from './CountLink';
import { bandLabel, sourceLabel } from './figure-label';
import { decimal, percent } from './links';

type Indicators = MethodOutput<'dashboards.centre'>['indicators'];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card withBorder>
      <Title order={2} fz="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** CRF-1 §5's tables for one period end; every count links to the people behind it. */
export function IndicatorTables({ ind, coachId }: { ind: Indicators; coachId: number | null }) {
  const { t, i18n } = useTranslation();
  const rtl = i18n.dir() === 'rtl';
  const E = ind.periodEnd;
  const link = (n: number, path: string) => <CountLink n={n} path={path} periodEnd={E} coachId={coachId} />;
  // A rate or a mean leads to the people it was computed over, as its count does.
  const over = (text: string, path: string, testId: string) => (
    <CountLink n={0} path={path} periodEnd={E} coachId={coachId} testId={testId}>
      {text}
    </CountLink>
  );
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder>
          <Text c="dimmed">{t('reports.participants_total')}</Text>
          <Text fz="xl">{link(ind.participants.total, 'participants.total')}</Text>
          <Text c="dimmed">{t('reports.participants_active')}</Text>
          <Text fz="xl">{link(ind.participants.active, 'participants.active')}</Text>
        </Card>
        <Card withBorder data-testid="placement-rate">
          <Text c="dimmed">{t('reports.placement_rate')}</Text>
          <Text fz="xl" fw={700}>
            {over(percent(ind.placement.rate), 'placement.placed', 'rate-placement')}
          </Text>
          <Text>
            {t('reports.placed')}: {link(ind.placement.placed, 'placement.placed')}
          </Text>
        </Card>
        <Card withBorder>
          <Text c="dimmed">{t('reports.mean_age')}</Text>
          <Text fz="xl">{over(decimal(ind.age.meanActive), 'age.knownActive', 'mean-age')}</Text>
          <Text>
            {t('reports.known_age')}: {link(ind.age.knownActive, 'age.knownActive')}
          </Text>
        </Card>
      </SimpleGrid>
      <Section title={t('reports.age_bands')}>
        <BarChart
          h={200}
          data={ind.age.bands.map((b) => ({ band: bandLabel(b.band, t), count: b.count }))}
          dataKey="band"
          series={[{ name: 'count', label: t('reports.count'), color: 'blue.6' }]}
          // Right to left in Hebrew: the youngest band on the right, as in the row of counts below.
          xAxisProps={{ reversed: rtl }}
          yAxisProps={{ orientation: rtl ? 'right' : 'left' }}
        />
        <Table>
          <Table.Tbody>
            <Table.Tr>
              {ind.age.bands.map((b) => (
                <Table.Td key={b.band}>
                  <Text size="sm" c="dimmed">
                    {bandLabel(b.band, t)}
                  </Text>
                  {link(b.count, `age.bands.${b.band}`)}{' '}
                  <Text span size="sm">
                    ({percent(b.share)})
                  </Text>
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Section>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('reports.time_to_placement')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.months')}</Table.Th>
                <Table.Th>{t('reports.count')}</Table.Th>
                <Table.Th>{t('reports.share')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ind.timeToFirstPlacement.map((b) => (
                <Table.Tr key={b.band}>
                  <Table.Td>{bandLabel(b.band, t)}</Table.Td>
                  <Table.Td>{link(b.count, `timeToFirstPlacement.${b.band}`)}</Table.Td>
                  <Table.Td>{percent(b.share)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Section title={t('reports.retention')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.months')}</Table.Th>
                <Table.Th>{t('reports.eligible')}</Table.Th>
                <Table.Th>{t('reports.still_employed')}</Table.Th>
                <Table.Th>{t('reports.same_job')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ind.retention.map((r) => (
                <Table.Tr key={r.months}>
                  <Table.Td>{r.months}</Table.Td>
                  <Table.Td>{link(r.eligible, `retention.${r.months}.eligible`)}</Table.Td>
                  <Table.Td>
                    {link(r.employed, `retention.${r.months}.employed`)} ({percent(r.employedRate)})
                  </Table.Td>
                  <Table.Td>
                    {link(r.sameJob, `retention.${r.months}.sameJob`)} ({percent(r.sameJobRate)})
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Section title={t('reports.by_tenure')}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.min_months')}</Table.Th>
                <Table.Th>{t('reports.cohort')}</Table.Th>
                <Table.Th>{t('reports.placed')}</Table.Th>
                <Table.Th>{t('reports.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ind.placementByTenure.map((r) => (
                <Table.Tr key={r.minMonths}>
                  <Table.Td>{r.minMonths}</Table.Td>
                  <Table.Td>{link(r.cohort, `placementByTenure.${r.minMonths}.cohort`)}</Table.Td>
                  <Table.Td>{link(r.placed, `placementByTenure.${r.minMonths}.placed`)}</Table.Td>
                  <Table.Td>
                    {over(percent(r.rate), `placementByTenure.${r.minMonths}.placed`, `rate-tenure-${r.minMonths}`)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Section title={t('reports.employment')}>
          <Table>
            <Table.Tbody>
              <Table.Tr>
                <Table.Td>{t('reports.employed_now')}</Table.Td>
                <Table.Td>{link(ind.currentEmployment.employed, 'currentEmployment.employed')}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('reports.job_scope')}</Table.Td>
                <Table.Td>
                  {decimal(ind.currentEmployment.jobScope.mean)} ± {decimal(ind.currentEmployment.jobScope.sd)} (n ={' '}
                  {link(ind.currentEmployment.jobScope.n, 'currentEmployment.jobScope')})
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('reports.salary')}</Table.Td>
                <Table.Td>
                  {decimal(ind.currentEmployment.salary.mean)} ± {decimal(ind.currentEmployment.salary.sd)} (n ={' '}
                  {link(ind.currentEmployment.salary.n, 'currentEmployment.salary')})
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Td>{t('reports.found_self')}</Table.Td>
                <Table.Td>
                  {link(ind.placementsFoundBy.self, 'placementsFoundBy.self')} /{' '}
                  {link(ind.placementsFoundBy.total, 'placementsFoundBy.total')} (
                  {percent(ind.placementsFoundBy.selfShare)})
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Section>
      </SimpleGrid>
      <AgeGroupsAndSources ind={ind} link={link} />
    </Stack>
  );
}

function AgeGroupsAndSources({ ind, link }: { ind: Indicators; link: (n: number, path: string) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Section title={t('reports.age_groups')}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.group')}</Table.Th>
              <Table.Th>{t('reports.size')}</Table.Th>
              <Table.Th>{t('reports.employed_now')}</Table.Th>
              <Table.Th>{t('reports.job_scope')}</Table.Th>
              <Table.Th>{t('reports.salary')}</Table.Th>
              <Table.Th>{t('reports.fte_salary')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ind.byAgeGroup.map((g) => (
              <Table.Tr key={g.group}>
                <Table.Td>{bandLabel(g.group, t)}</Table.Td>
                <Table.Td>{link(g.size, `byAgeGroup.${g.group}.size`)}</Table.Td>
                <Table.Td>
                  {link(g.employed, `byAgeGroup.${g.group}.employed`)} ({percent(g.employedRate)})
                </Table.Td>
                <Table.Td>{decimal(g.meanJobScope)}</Table.Td>
                <Table.Td>{decimal(g.meanSalary)}</Table.Td>
                <Table.Td>{decimal(g.meanFteSalary)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t('reports.sources')}>
        <Table>
          <Table.Tbody>
            {ind.recruitmentSources.map((s) => (
              <Table.Tr key={s.source}>
                <Table.Td>{sourceLabel(s.source, t)}</Table.Td>
                <Table.Td>{link(s.count, `recruitmentSources.${s.source}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
    </SimpleGrid>
  );
}
