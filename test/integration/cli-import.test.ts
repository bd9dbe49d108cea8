import { cpSync } from 'node:fs';
import path from 'node:path';
import { zipFolders } from '../fixtures/crf1/zip-folder';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import type { CliIo } from '../../electron/cli/io';
import { makeTempDir } from '../fixtures/temp-dir';

const PASSWORD = 'הרכזת-של-המרכז-2026';
const FIXTURES = path.join(__dirname, '../fixtures/crf1/import');
const asAdmin = { KESHER_USER: 'dana', KESHER_PASSWORD: PASSWORD };

function io(env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { env: { ...env }, out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io: value, out, err };
}

/** A store with the coordinator dana and the coach avi the fixtures name. */
async function store(): Promise<string> {
  const dir = path.join(makeTempDir('kesher-cli-import-'), 'store');
  const init = io({ KESHER_PASSWORD: PASSWORD });
  expect(
    await runCli(
      ['init', '--store', dir, '--centre-code', 'KFS', '--centre-name', 'כפר סבא', '--admin', 'dana'],
      init.io,
    ),
  ).toBe(0);
  const add = io({ ...asAdmin, KESHER_NEW_PASSWORD: 'זמני-למקדם-2026' });
  expect(await runCli(['user', 'add', '--store', dir, '--username', 'avi', '--role', 'coach'], add.io)).toBe(0);
  return dir;
}

const zipOf = (folder: string) => zipFolders('migration.zip', folder);

describe('kesher import', () => {
  it('dry-runs a ZIP (counts, nothing written), imports it, and a second import creates nothing', async () => {
    const dir = await store();
    const zip = await zipOf(path.join(FIXTURES, 'clean'));
    const dry = io(asAdmin);
    expect(await runCli(['import', '--store', dir, '--bundle', zip, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out[0]).toBe(
      'Would create: 4 participants, 3 placements, 4 meetings, 2 workshops, 4 sessions, 2 enrolments, 4 attendance marks.',
    );
    expect(dry.out.at(-1)).toBe('Dry run: nothing was written.');
    expect(dry.err).toEqual(['warning: meetings.csv, row 1, column legacyNotes: Unknown column: not imported.']);
    // Signing in writes to the store (audit, last sign-in), so "nothing written" is shown by the
    // real import that follows still creating everything.
    const real = io(asAdmin);
    expect(await runCli(['import', '--store', dir, '--bundle', zip], real.io)).toBe(0);
    expect(real.out[0]).toMatch(/^Created: 4 participants, 3 placements/);
    expect(real.out.join('\n')).toContain('participants.csv row 5');

    const again = io(asAdmin);
    expect(await runCli(['import', '--store', dir, '--bundle', zip], again.io)).toBe(0);
    expect(again.out[0]).toBe(
      'Created: 0 participants, 0 placements, 0 meetings, 0 workshops, 0 sessions, 0 enrolments, 0 attendance marks.',
    );
    expect(again.out[1]).toContain('Already imported earlier: 4 participants, 3 placements, 4 meetings, 2 workshops.');
  });

  it('refuses a folder with a defect, exit 1, naming file, row and column; nothing written', async () => {
    const dir = await store();
    const bundle = makeTempDir('kesher-bundle-');
    cpSync(path.join(FIXTURES, 'clean'), bundle, { recursive: true });
    cpSync(path.join(FIXTURES, 'id-check-digit', 'participants.csv'), path.join(bundle, 'participants.csv'));
    const run = io(asAdmin);
    expect(await runCli(['import', '--store', dir, '--bundle', bundle], run.io)).toBe(1);
    expect(run.err).toContain(
      'participants.csv, row 3, column nationalId: Not a valid Israeli ID: the check digit is wrong.',
    );
    expect(run.err.at(-1)).toBe('Refused: 1 problems; nothing was imported.');
    const after = io(asAdmin);
    expect(
      await runCli(['import', '--store', dir, '--bundle', path.join(FIXTURES, 'clean'), '--dry-run'], after.io),
    ).toBe(0);
    expect(after.out[0]).toMatch(/^Would create: 4 participants, 3 placements/);
  });

  it('is for coordinators only, and reports a missing bundle as a usage error', async () => {
    const dir = await store();
    const coach = io({ KESHER_USER: 'avi', KESHER_PASSWORD: 'זמני-למקדם-2026' });
    expect(await runCli(['import', '--store', dir, '--bundle', path.join(FIXTURES, 'clean')], coach.io)).toBe(1);
    const missing = io(asAdmin);
    expect(await runCli(['import', '--store', dir, '--bundle', path.join(FIXTURES, 'nope.zip')], missing.io)).toBe(2);
  });
});
