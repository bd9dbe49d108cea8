import type { participantsContract } from '../contracts/participants';
import { requireRuntime, type RequestContext } from '../context';
import { AppError } from '../result';
import { todayIso } from '../../domain/dates';
import { listCaseload } from '../../../db/repositories/caseload';
import {
  getConsent,
  getParticipantsByIds,
  insertConsent,
  withdrawConsent,
} from '../../../db/repositories/participants';
import { quickSearch } from '../../../db/repositories/participant-search';
import { getPreference, setPreference } from '../../../db/repositories/preferences';
import { listStaff } from '../../../db/repositories/staff';
import {
  completeIntake,
  exitParticipant,
  reassign,
  reopenParticipant,
  scheduleIntake,
} from '../../services/caseload/intake';
import {
  assertMayWork,
  openParticipant,
  participantView,
  timeline,
  toConsentView,
  updateParticipantRecord,
} from '../../services/caseload/records';
import { getRequiredForms, setRequiredForms } from '../../services/caseload/settings';
import { requireParticipant } from '../../services/caseload/status';
import type { HandlerMap } from './types';

function me(ctx: RequestContext) {
  const session = requireRuntime(ctx).activeSession();
  if (!session) throw new AppError('unauthenticated');
  return session;
}

export const participantHandlers: HandlerMap<keyof typeof participantsContract> = {
  'participants.get': (input, ctx) => openParticipant(requireRuntime(ctx), input.id),
  'participants.update': (input, ctx) =>
    updateParticipantRecord(requireRuntime(ctx), input.id, input.patch, input.expectedUpdatedAt),
  'participants.timeline': (input, ctx) => timeline(requireRuntime(ctx), input.id),
  'participants.list': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const { scope, ...query } = input;
    const session = me(ctx);
    // Population tags (disability, released prisoner, …) are withheld from navigators, as on the record.
    const seesTags = session.role === 'coach' || session.role === 'coordinator';
    if (!seesTags && query.populationTag !== undefined)
      throw new AppError('forbidden', 'errors.participant.restricted_filter');
    const coachId = scope === 'mine' ? session.userId : query.coachId;
    const page = listCaseload(runtime.db(), { ...query, coachId }, todayIso(runtime.now()));
    return {
      total: page.total,
      rows: seesTags ? page.rows : page.rows.map((row) => ({ ...row, populationTags: null })),
    };
  },
  'participants.reopen': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return participantView(runtime, reopenParticipant(runtime, input));
  },
  'participants.scheduleIntake': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const session = me(ctx);
    if (session.role === 'coach' && input.coachId !== session.userId)
      throw new AppError('forbidden', 'errors.participant.not_your_caseload');
    return participantView(runtime, scheduleIntake(runtime, input));
  },
  'participants.completeIntake': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    assertMayWork(runtime, requireParticipant(runtime, input.id));
    return participantView(runtime, completeIntake(runtime, input));
  },
  'participants.exit': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    assertMayWork(runtime, requireParticipant(runtime, input.id));
    return participantView(runtime, exitParticipant(runtime, input));
  },
  'participants.reassign': (input, ctx) => ({
    moved: reassign(requireRuntime(ctx), input.fromCoachId, input.toCoachId),
  }),
  'consents.add': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    assertMayWork(runtime, requireParticipant(runtime, input.participantId));
    if (input.kind === 'disclosure' && !input.organisation) {
      throw new AppError('invalid_input', 'errors.invalid_input', [
        { path: 'organisation', message: 'validation.consent_organisation_required' },
      ]);
    }
    const row = insertConsent(runtime.db(), { ...input, recordedBy: me(ctx).userId }, runtime.now());
    runtime.audit({ action: 'record_created', entity: 'consent', entityId: row.id });
    return toConsentView(row, todayIso(runtime.now()));
  },
  'consents.withdraw': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const consent = getConsent(runtime.db(), input.consentId);
    if (!consent) throw new AppError('not_found', 'errors.consent.not_found');
    assertMayWork(runtime, requireParticipant(runtime, consent.participantId));
    const row = withdrawConsent(runtime.db(), input.consentId, input.withdrawnDate);
    runtime.audit({
      action: 'record_updated',
      entity: 'consent',
      entityId: input.consentId,
      fields: ['withdrawnDate'],
    });
    return toConsentView(row ?? consent, todayIso(runtime.now()));
  },
  'intake.getRequiredForms': (_input, ctx) => getRequiredForms(requireRuntime(ctx).db()),
  'intake.setRequiredForms': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const saved = setRequiredForms(runtime.db(), input.forms, runtime.now());
    runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['intake.requiredForms'] });
    return saved;
  },
  'search.quick': (input, ctx) => {
    const db = requireRuntime(ctx).db();
    const hits = quickSearch(db, input.q, { limit: 20 });
    const rows = new Map(
      getParticipantsByIds(
        db,
        hits.map((h) => h.id),
      ).map((r) => [r.id, r]),
    );
    return hits.flatMap((hit) => {
      const row = rows.get(hit.id);
      return row
        ? [
            {
              id: row.id,
              firstName: row.firstName,
              lastName: row.lastName,
              status: row.status,
              matchedOn: hit.matchedOn,
              idSuffix: row.nationalId?.slice(-4) ?? null,
            },
          ]
        : [];
    });
  },
  'prefs.get': (input, ctx) => ({ value: getPreference(requireRuntime(ctx).db(), me(ctx).userId, input.key) ?? null }),
  'prefs.set': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    setPreference(runtime.db(), me(ctx).userId, input.key, input.value, runtime.now());
    return { value: input.value };
  },
  'staff.directory': (_input, ctx) =>
    listStaff(requireRuntime(ctx).db()).map(({ id, displayName, role, active }) => ({ id, displayName, role, active })),
};
