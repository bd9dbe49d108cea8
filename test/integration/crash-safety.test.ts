import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';

/*
 * A writer process is killed with SIGKILL at random moments while it commits; after every kill
 * the store must pass integrity_check and hold every transaction the writer reported as
 * committed, whole. Half the reopens are read-only, so the next writer itself recovers the WAL
 * the killed one left; the other half recover and checkpoint in the parent.
 */

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 60;
const SEED = 0x6b657368;
const PARTS_PER_COMMIT = 3;

const workDir = fs.mkdtempSync(path.join(tmpdir(), 'kesher-crash-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** mulberry32: a small seeded PRNG so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bundleWriter(): string {
  const outfile = path.join(workDir, 'crash-writer.cjs');
  buildSync({
    entryPoints: [path.join(REPO, 'test/fixtures/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

interface ChildRun {
  reported: number[];
  becameReady: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
  hung: boolean;
}

/** Runs the writer and SIGKILLs it `delayMs` after spawn or after it reported ready. */
function runWriter(script: string, args: string[], delayMs: number, fromSpawn: boolean): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    let hung = false;
    let killTimer: NodeJS.Timeout | undefined;
    const arm = () => {
      killTimer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, 15_000);
    if (fromSpawn) arm();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.startsWith('ready\n')) arm();
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killTimer);
      clearTimeout(guard);
      const lines = out.split('\n');
      lines.pop(); // whatever follows the last newline was not fully reported
      resolve({
        reported: lines.filter((l) => /^\d+$/.test(l)).map(Number),
        becameReady: lines[0] === 'ready',
        signal,
        code,
        stderr,
        hung,
      });
    });
  });
}

interface StoreState {
  integrity: string;
  seqs: Set<number>;
  maxSeq: number;
  incompleteSeqs: number[];
  badPayloads: number;
}

function inspectStore(file: string, key: Buffer, readonly: boolean, checkPayloadsFromSeq: number): StoreState {
  const store = openDatabase(file, key, { readonly });
  try {
    const integrity = store.sqlite.pragma('integrity_check', { simple: true }) as string;
    const hasTable = store.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'crash_probe'").get();
    if (!hasTable) return { integrity, seqs: new Set(), maxSeq: 0, incompleteSeqs: [], badPayloads: 0 };
    const groups = store.sqlite.prepare('SELECT seq, count(*) AS n FROM crash_probe GROUP BY seq').all() as {
      seq: number;
      n: number;
    }[];
    const rows = store.sqlite
      .prepare('SELECT payload, payload_sha FROM crash_probe WHERE seq >= ?')
      .all(checkPayloadsFromSeq) as { payload: Buffer; payload_sha: string }[];
    const badPayloads = rows.filter((r) => createHash('sha256').update(r.payload).digest('hex') !== r.payload_sha);
    return {
      integrity,
      seqs: new Set(groups.map((g) => g.seq)),
      maxSeq: groups.reduce((max, g) => Math.max(max, g.seq), 0),
      incompleteSeqs: groups.filter((g) => g.n !== PARTS_PER_COMMIT).map((g) => g.seq),
      badPayloads: badPayloads.length,
    };
  } finally {
    store.close();
  }
}

describe('crash safety', () => {
  it(`keeps every reported commit, whole, across ${RUNS} SIGKILLs of a writer`, { timeout: 120_000 }, async () => {
    const script = bundleWriter();
    const key = randomBytes(32);
    const dbFile = path.join(workDir, 'kesher.db');
    openDatabase(dbFile, key, { create: true }).close();
    const args = [dbFile, key.toString('hex'), path.join(REPO, 'db', 'migrations')];
    const random = prng(SEED);

    let previousMax = 0;
    let totalReported = 0;
    let runsWithCommits = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const delayMs = 20 + Math.floor(random() * 281);
      const fromSpawn = run % 5 === 4; // some kills land during start-up, open and WAL recovery
      const result = await runWriter(script, args, delayMs, fromSpawn);
      const context = `run ${run} (delay ${delayMs} ms${fromSpawn ? ' from spawn' : ''})`;
      expect(result.hung, context).toBe(false);
      expect({ signal: result.signal, stderr: result.stderr }, context).toEqual({ signal: 'SIGKILL', stderr: '' });
      if (!fromSpawn) expect(result.becameReady, context).toBe(true);

      const state = inspectStore(dbFile, key, run % 2 === 0, previousMax - 10);
      expect(state.integrity, context).toBe('ok');
      expect(
        result.reported.filter((seq) => !state.seqs.has(seq)),
        `${context}: lost commits`,
      ).toEqual([]);
      expect(state.incompleteSeqs, `${context}: partial transactions`).toEqual([]);
      expect(state.badPayloads, `${context}: torn payloads`).toBe(0);
      // Transactions are whole and numbered from the last present one, so the present set is 1..max.
      expect(state.seqs.size, `${context}: gaps`).toBe(state.maxSeq);
      expect(state.maxSeq, context).toBeGreaterThanOrEqual(previousMax);

      previousMax = state.maxSeq;
      totalReported += result.reported.length;
      if (result.reported.length > 0) runsWithCommits += 1;
    }

    const final = inspectStore(dbFile, key, false, 0);
    expect(final.badPayloads).toBe(0);
    // Not vacuous: most writers got far enough to commit before they were killed.
    expect(runsWithCommits).toBeGreaterThanOrEqual(RUNS / 2);
    process.stdout.write(
      `crash-safety: ${RUNS} kills, ${runsWithCommits} runs committed, ${totalReported} reported commits, ` +
        `${final.maxSeq} present, ${(fs.statSync(dbFile).size / 1e6).toFixed(1)} MB store\n`,
    );
  });
});
