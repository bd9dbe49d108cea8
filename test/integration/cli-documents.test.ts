import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { addDays, todayIso } from '../../electron/domain/dates';
import { createTestCentre, STAFF_PASSWORD, withStaff } from '../fixtures/centre';
import { missingInOrder, pdfPages, squeezed } from '../fixtures/documents/pdf-text';
import { addDisclosure, DANA, seedCentre, type SeededIds } from '../fixtures/documents/seed-centre';
import { makeTempDir } from '../fixtures/temp-dir';

/*
 * The CLI opens the encrypted test store with the real clock, so the consents here are dated
 * from the real today.
 */
let store: string;
let outDir: string;
let ids: SeededIds;

function io(user: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    env: { KESHER_USER: user, KESHER_PASSWORD: STAFF_PASSWORD },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return { io: value, out, err };
}

async function document(user: string, args: string[]) {
  const run = io(user);
  const file = path.join(outDir, `${args[0]}-${Math.random().toString(36).slice(2)}.pdf`);
  const code = await runCli(['document', ...args, '--store', store, '--out', file], run.io);
  return { code, file, out: run.out, err: run.err };
}

beforeAll(async () => {
  const t = await createTestCentre();
  const staff = await withStaff(t, { avi: 'coach', gila: 'coach', rina: 'facilitator', fay: 'facilitator' } as const);
  ids = seedCentre(t.runtime, {
    coach: staff.ids.avi,
    otherCoach: staff.ids.gila,
    facilitator: staff.ids.rina,
    otherFacilitator: staff.ids.fay,
  });
  const today = todayIso(new Date());
  addDisclosure(t.runtime, ids.dana, {
    organisation: 'לשכת הרווחה',
    givenDate: addDays(today, -400),
    expiresDate: addDays(today, -1),
  });
  addDisclosure(t.runtime, ids.dana, {
    organisation: 'עמותת אופק לתעסוקה',
    givenDate: addDays(today, -10),
    scope: 'שם ות"ז',
  });
  store = t.runtime.files.dir;
  t.runtime.close();
  outDir = makeTempDir('kesher-cli-documents-');
}, 60_000);

describe('kesher document', () => {
  it('writes a work plan found by national ID, owner-readable only', async () => {
    const run = await document('avi', ['work-plan', '--participant', DANA.nationalId, '--lang', 'en']);
    expect(run.err).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.out).toEqual([`Wrote ${run.file}`]);
    expect(statSync(run.file).mode & 0o777).toBe(0o600);
    expect(
      missingInOrder(pdfPages(readFileSync(run.file)).join('\n'), ['Personal work plan', 'Version 1, signed']),
    ).toEqual([]);
  });

  it('writes every other kind, by record number, session and username', async () => {
    const runs = [
      await document('avi', ['exit-letter', '--participant', String(ids.dana)]),
      await document('rina', ['attendance-sheet', '--session', String(ids.sessions[0])]),
      await document('rina', ['attendance-summary', '--session', String(ids.sessions[0])]),
      await document('avi', ['coach-report', '--coach', 'avi', '--month', '2026-10']),
      await document('avi', ['referral-letter', '--participant', DANA.nationalId, '--organisation', String(ids.ofek)]),
    ];
    for (const run of runs) expect([run.code, run.err]).toEqual([0, []]);
    const titles = ['סיכום השתתפות', 'דף נוכחות', 'סיכום נוכחות', 'דוח חודשי', 'הנדון: הפניית דנה כהן'];
    runs.forEach((run, i) =>
      expect(missingInOrder(pdfPages(readFileSync(run.file)).join('\n'), [titles[i]!])).toEqual([]),
    );
    // The scope named the ID: the letter prints it.
    expect(squeezed(pdfPages(readFileSync(runs[4]!.file)).join(''))).toContain(DANA.nationalId);
  });

  it('exits 1 with one line naming what is missing for a refused referral, and writes nothing', async () => {
    const expired = await document('avi', [
      'referral-letter',
      '--participant',
      String(ids.dana),
      '--organisation',
      String(ids.welfare),
    ]);
    expect(expired.code).toBe(1);
    expect(expired.err).toEqual([
      "kesher: No letter was made: the participant's consent to disclose to this organisation has expired. Record a new consent first.",
    ]);
    expect(existsSync(expired.file)).toBe(false);
    const none = await document('avi', [
      'referral-letter',
      '--participant',
      String(ids.moshe),
      '--organisation',
      String(ids.ofek),
    ]);
    expect([none.code, none.err]).toEqual([
      1,
      ['kesher: This participant is not in your caseload: you can read the record but not change it.'],
    ]);
  });

  it('keeps the app’s permissions: a facilitator prints no work plan, nor another’s sheet', async () => {
    const plan = await document('rina', ['work-plan', '--participant', String(ids.dana)]);
    expect([plan.code, plan.err]).toEqual([1, ['kesher: You do not have permission to do this.']]);
    const sheet = await document('rina', ['attendance-sheet', '--session', String(ids.otherSession)]);
    expect(sheet.code).toBe(1);
    expect(existsSync(sheet.file)).toBe(false);
  });

  it('refuses bad usage with exit 2: missing options, a bad language, an existing output file', async () => {
    expect((await document('avi', ['work-plan'])).code).toBe(2);
    expect((await document('avi', ['work-plan', '--participant', '12', '--lang', 'fr'])).code).toBe(2);
    const taken = path.join(outDir, 'taken.pdf');
    writeFileSync(taken, 'mine');
    const run = io('avi');
    const code = await runCli(
      ['document', 'work-plan', '--participant', String(ids.dana), '--store', store, '--out', taken],
      run.io,
    );
    expect(code).toBe(2);
    expect(readFileSync(taken, 'utf8')).toBe('mine');
  });
});
