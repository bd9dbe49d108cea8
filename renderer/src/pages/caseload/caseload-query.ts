import type { MethodInput } from '../../../../electron/api/contract';
import { caseloadSortFields } from '../../../../electron/api/contracts/participants';
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

export type SortField = (typeof caseloadSortFields)[number];
export type SortDirection = 'asc' | 'desc';

/** What the caseload list shows, as read from (and written to) the address's hash query. */
export interface CaseloadView {
  status: ParticipantStatus[];
  track: Track[];
  trafficLight: TrafficLight[];
  coachId: number | null;
  populationTag: PopulationTag | null;
  noContactOver90: boolean;
  sort: SortField;
  direction: SortDirection;
  page: number;
}

export const PAGE_SIZE = 50;

export const DEFAULT_VIEW: CaseloadView = {
  status: [],
  track: [],
  trafficLight: [],
  coachId: null,
  populationTag: null,
  noContactOver90: false,
  sort: 'lastName',
  direction: 'asc',
  page: 1,
};

function listOf<T extends string>(raw: string | null, allowed: readonly T[]): T[] {
  if (!raw) return [];
  const wanted = new Set(raw.split(','));
  return allowed.filter((value) => wanted.has(value));
}

function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | null {
  return allowed.find((value) => value === raw) ?? null;
}

function positiveInt(raw: string | null): number | null {
  return raw !== null && /^[1-9]\d{0,8}$/.test(raw) ? Number(raw) : null;
}

/** Anything unknown in the address is ignored rather than sent to the server. */
export function readView(params: URLSearchParams): CaseloadView {
  return {
    status: listOf(params.get('status'), participantStatuses),
    track: listOf(params.get('track'), tracks),
    trafficLight: listOf(params.get('light'), trafficLights),
    coachId: positiveInt(params.get('coach')),
    populationTag: oneOf(params.get('tag'), populationTags),
    noContactOver90: params.get('stale') === '1',
    sort: oneOf(params.get('sort'), caseloadSortFields) ?? DEFAULT_VIEW.sort,
    direction: params.get('dir') === 'desc' ? 'desc' : 'asc',
    page: positiveInt(params.get('page')) ?? 1,
  };
}

/** Only what differs from the defaults goes into the address, so a plain list has a plain URL. */
export function writeView(view: CaseloadView, base: URLSearchParams = new URLSearchParams()): URLSearchParams {
  const params = new URLSearchParams(base);
  const set = (key: string, value: string | null) => (value ? params.set(key, value) : params.delete(key));
  set('status', view.status.join(','));
  set('track', view.track.join(','));
  set('light', view.trafficLight.join(','));
  set('coach', view.coachId === null ? null : String(view.coachId));
  set('tag', view.populationTag);
  set('stale', view.noContactOver90 ? '1' : null);
  set('sort', view.sort === DEFAULT_VIEW.sort ? null : view.sort);
  set('dir', view.direction === 'desc' ? 'desc' : null);
  set('page', view.page > 1 ? String(view.page) : null);
  return params;
}

/** Whether the view narrows the list at all; sorting and paging do not. */
export function hasFilters(view: CaseloadView): boolean {
  return (
    view.status.length > 0 ||
    view.track.length > 0 ||
    view.trafficLight.length > 0 ||
    view.coachId !== null ||
    view.populationTag !== null ||
    view.noContactOver90
  );
}

export function listInput(view: CaseloadView, scope: 'mine' | 'all'): MethodInput<'participants.list'> {
  return {
    scope,
    ...(view.status.length ? { status: view.status } : {}),
    ...(view.track.length ? { track: view.track } : {}),
    ...(view.trafficLight.length ? { trafficLight: view.trafficLight } : {}),
    ...(scope === 'all' && view.coachId !== null ? { coachId: view.coachId } : {}),
    ...(view.populationTag ? { populationTag: view.populationTag } : {}),
    ...(view.noContactOver90 ? { noContactOver90: true } : {}),
    sort: view.sort,
    direction: view.direction,
    page: view.page,
    pageSize: PAGE_SIZE,
  };
}
