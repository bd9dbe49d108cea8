import { existsSync, writeFileSync } from 'node:fs';
import { dispatch } from '../../api/dispatch';
import type { MethodInput, MethodName } from '../../api/contract';
import { AppError } from '../../api/result';
import { createAppState } from '../../services/store/app-state';
import type { StoreRuntime } from '../../services/store/runtime';
import { getSessionWithInstance } from '../../../db/repositories/attendance';
import { findByIdOrPhone } from '../../../db/repositories/participants';
import { findStaffByUsername } from '../../../db/repositories/staff';
import { UsageError, type CliIo } from '../io';
import { flag, signedInRuntime, type Flags } from './store-commands';

type DocumentMethod = Extract<MethodName, `documents.${string}`>;
type Lang = 'he' | 'en';

/**
 * The person named on the command line: a national ID (as on their card, leading zeros may be
 * dropped) or Kesher's own record number.
 */
function participantId(runtime: StoreRuntime, flags: Flags): number {
  const raw = flag(flags, 'participant').trim();
  if (!/^\d+$/.test(raw)) throw new UsageError('--participant must be a national ID or a record number');
  if (raw.length >= 5 && raw.length <= 9) {
    const [byId] = findByIdOrPhone(runtime.db(), raw.padStart(9, '0'), null);
    if (byId && byId.nationalId === raw.padStart(9, '0')) return byId.id;
  }
  return Number(raw);
}

function sessionId(flags: Flags): number {
  const raw = flag(flags, 'session');
  if (!/^\d+$/.test(raw)) throw new UsageError('--session must be a session number');
  return Number(raw);
}

/** What each kind asks the API for, from the command line's options. */
const kinds: Record<
  string,
  { method: DocumentMethod; input(runtime: StoreRuntime, flags: Flags, lang: Lang): MethodInput<DocumentMethod> }
> = {
  'work-plan': {
    method: 'documents.workPlan',
    input: (runtime, flags, lang) => ({ participantId: participantId(runtime, flags), lang }),
  },
  'attendance-sheet': {
    method: 'documents.attendanceSheet',
    input: (_runtime, flags, lang) => ({ sessionId: sessionId(flags), lang }),
  },
  'attendance-summary': {
    method: 'documents.attendanceSummary',
    // A session stands for its workshop run, whose whole grid is printed.
    input: (runtime, flags, lang) => {
      const session = getSessionWithInstance(runtime.db(), sessionId(flags));
      if (!session) throw new AppError('not_found', 'errors.attendance.session_not_found');
      return { instanceId: session.instanceId, lang };
    },
  },
  'referral-letter': {
    method: 'documents.referralLetter',
    input: (runtime, flags, lang) => {
      const organisation = flag(flags, 'organisation');
      if (!/^\d+$/.test(organisation)) throw new UsageError('--organisation must be a service directory number');
      return { participantId: participantId(runtime, flags), organisationId: Number(organisation), lang };
    },
  },
  'exit-letter': {
    method: 'documents.exitLetter',
    input: (runtime, flags, lang) => ({ participantId: participantId(runtime, flags), lang }),
  },
  'coach-report': {
    method: 'documents.coachReport',
    input: (runtime, flags, lang) => {
      const coach = findStaffByUsername(runtime.db(), flag(flags, 'coach'));
      if (!coach) throw new AppError('not_found', 'errors.documents.coach_not_found');
      return { coachId: coach.id, month: flag(flags, 'month'), lang };
    },
  },
};

export const documentKindNames = Object.keys(kinds);

/**
 * `kesher document <kind> --store DIR --out FILE.pdf …`: makes one document as the acting user
 * (KESHER_USER), through the same API method, permission matrix and audit as the app, and
 * writes it where asked, owner-readable only. The file is not encrypted: the caller asked for it.
 * A refusal (such as a referral without consent) exits 1 with its reason on one line.
 */
export function documentCommand(kind: string) {
  return async (io: CliIo, flags: Flags): Promise<number> => {
    const entry = kinds[kind];
    if (!entry) throw new UsageError(`unknown document kind "${kind}"`);
    const out = flag(flags, 'out');
    if (existsSync(out)) throw new UsageError(`${out} already exists; choose another --out file`);
    const lang = flags.lang ?? 'he';
    if (lang !== 'he' && lang !== 'en') throw new UsageError('--lang must be he or en');
    const runtime = await signedInRuntime(io, flag(flags, 'store'));
    try {
      const input = entry.input(runtime, flags, lang);
      const app = createAppState({ version: 'cli', now: runtime.now, runtime });
      const result = await dispatch(entry.method, input, { app, transport: 'ipc' });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.fields);
      const { pdfBase64 } = result.value as { pdfBase64: string };
      writeFileSync(out, Buffer.from(pdfBase64, 'base64'), { mode: 0o600, flag: 'wx' });
      io.out(`Wrote ${out}`);
      return 0;
    } finally {
      runtime.close();
    }
  };
}
