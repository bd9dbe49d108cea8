import type { screeningContract } from '../contracts/screening';
import { requireRuntime } from '../context';
import { AppError } from '../result';
import { todayIso } from '../../domain/dates';
import { evaluateEligibility } from '../../domain/eligibility';
import { normalisePhone } from '../../domain/phone';
import { listServices, saveService } from '../../../db/repositories/directory';
import {
  callsToMake,
  conferenceSummary,
  inviteToConference,
  listConferences,
  listInvites,
  saveConferenceRecord,
  setInviteStatus,
} from '../../services/caseload/conferences';
import { createInquiry } from '../../services/caseload/inquiries';
import { decide, decisionQueue, recordScreening } from '../../services/caseload/screening';
import { getCriteria, setCriteria } from '../../services/caseload/settings';
import type { HandlerMap } from './types';

const toService = ({ id, name, offers, phone, address, active }: ReturnType<typeof listServices>[number]) => ({
  id,
  name,
  offers,
  phone,
  address,
  active,
});

export const screeningHandlers: HandlerMap<keyof typeof screeningContract> = {
  'eligibility.getCriteria': (_input, ctx) => getCriteria(requireRuntime(ctx).db()),
  'eligibility.setCriteria': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const saved = setCriteria(runtime.db(), input.criteria, runtime.now());
    runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['eligibility.criteria'] });
    return saved;
  },
  'eligibility.evaluate': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return evaluateEligibility(getCriteria(runtime.db()), input.answers, todayIso(runtime.now()));
  },
  'services.list': (input, ctx) => listServices(requireRuntime(ctx).db(), input.includeInactive).map(toService),
  'services.save': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const { id, ...values } = input;
    const phone = values.phone ? normalisePhone(values.phone) : values.phone;
    if (values.phone && !phone)
      throw new AppError('invalid_input', 'errors.invalid_input', [{ path: 'phone', message: 'validation.phone' }]);
    const row = saveService(runtime.db(), id, { ...values, phone }, runtime.now());
    if (!row) throw new AppError('not_found', 'errors.services.not_found');
    runtime.audit({
      action: id === undefined ? 'record_created' : 'record_updated',
      entity: 'service',
      entityId: row.id,
    });
    return toService(row);
  },
  'inquiries.create': (input, ctx) => createInquiry(requireRuntime(ctx), input),
  'screening.record': (input, ctx) => recordScreening(requireRuntime(ctx), input),
  'decisions.queue': (_input, ctx) => decisionQueue(requireRuntime(ctx)),
  'decisions.decide': (input, ctx) => decide(requireRuntime(ctx), input),
  'conferences.list': (input, ctx) => listConferences(requireRuntime(ctx).db(), input.from),
  'conferences.save': (input, ctx) => saveConferenceRecord(requireRuntime(ctx), input),
  'conferences.get': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    return { conference: conferenceSummary(runtime, input.id), invites: listInvites(runtime.db(), input.id) };
  },
  'conferences.invite': (input, ctx) => ({
    invited: inviteToConference(requireRuntime(ctx), input.conferenceId, input.participantIds),
  }),
  'conferences.setInviteStatus': (input, ctx) =>
    setInviteStatus(requireRuntime(ctx), input.inviteId, input.status, input.reminded),
  'calls.toMake': (_input, ctx) => callsToMake(requireRuntime(ctx)),
};
