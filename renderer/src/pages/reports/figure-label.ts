import type { TFunction } from 'i18next';
import { codeLabel } from '../../codes';

/** The words of a figure's last segment, as the dashboard's own column headings name them. */
const ITEM_KEYS: Record<string, string> = {
  total: 'reports.participants_total',
  active: 'reports.participants_active',
  placed: 'reports.placed',
  knownActive: 'reports.known_age',
  eligible: 'reports.eligible',
  employed: 'reports.employed_now',
  sameJob: 'reports.same_job',
  cohort: 'reports.cohort',
  self: 'reports.found_self',
  programme: 'reports.found_programme',
  jobScope: 'reports.job_scope_known',
  salary: 'reports.salary_known',
  size: 'reports.size',
  enrolled: 'reports.enrolled',
  completed: 'reports.completed',
  attendances: 'reports.attendances',
  activeCaseload: 'reports.active_caseload',
  meetingsInPeriod: 'reports.meetings_in_period',
  noContact90: 'reports.no_contact_90',
};

/**
 * A band's name in words where it is open-ended: '<=44', '75+' and '>60' would be mirrored in a
 * right-to-left line, and read as code in either language. Closed ranges ('45-49') stay.
 */
export function bandLabel(band: string, t: TFunction): string {
  if (band.startsWith('<=')) return t('reports.band_up_to', { n: band.slice(2) });
  if (band.startsWith('>')) return t('reports.band_over', { n: band.slice(1) });
  if (band.endsWith('+')) return t('reports.band_from', { n: band.slice(0, -1) });
  return band;
}

/** A recruitment source as every screen names it; 'UNKNOWN' is the tables' own row for none. */
export function sourceLabel(source: string, t: TFunction): string {
  return source === 'UNKNOWN' ? t('reports.source_unknown') : codeLabel(t, 'recruitmentSource', source);
}

/**
 * The dashboard figure an indicator path names, in the reader's words ("Retention after the
 * first placement · 6 months · Still employed"), for the heading of the list behind it. An
 * address typed by hand with a path the dashboard never links to reads as the path itself.
 */
export function figureLabel(path: string, t: TFunction): string {
  const [family = '', ...rest] = path.split('.');
  const band = (name: string | undefined) => (name === undefined ? undefined : bandLabel(name, t));
  const item = (key: string | undefined) => (key && ITEM_KEYS[key] ? t(ITEM_KEYS[key]) : undefined);
  const parts = ((): (string | undefined)[] | null => {
    switch (family) {
      case 'participants':
      case 'placement':
        return [item(rest[0])];
      case 'age':
        return rest[0] === 'bands' ? [t('reports.age_bands'), band(rest[1])] : [item(rest[0])];
      case 'timeToFirstPlacement':
        return [t('reports.time_to_placement'), t('reports.months_band', { band: band(rest[0]) })];
      case 'retention':
        return [
          t('reports.retention'),
          t('reports.months_band', { band: rest[0] }),
          rest[1] === 'employed' ? t('reports.still_employed') : item(rest[1]),
        ];
      case 'placementByTenure':
        return [t('reports.by_tenure'), t('reports.months_band', { band: rest[0] }), item(rest[1])];
      case 'placementsFoundBy':
        return [rest[0] === 'total' ? t('reports.placements_all') : item(rest[0])];
      case 'currentEmployment':
        return [t('reports.employment'), item(rest[0])];
      case 'byAgeGroup':
        return [t('reports.age_groups'), band(rest[0]), item(rest[1])];
      case 'recruitmentSources':
        return [t('reports.sources'), rest[0] === undefined ? undefined : sourceLabel(rest[0], t)];
      case 'workshops':
        return [t('reports.workshops'), t(`workshops.type.${rest[0]}`, { defaultValue: rest[0] }), item(rest[1])];
      case 'coaches':
        return [t('reports.coaches'), rest[0], item(rest[1])];
      case 'dataCompleteness':
        return [t('reports.completeness'), t(`reports.missing.${rest[0]}`, { defaultValue: rest[0] })];
      default:
        return null;
    }
  })();
  if (parts === null || parts.some((part) => part === undefined)) return path;
  return parts.join(' · ');
}
