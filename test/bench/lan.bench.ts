/**
 * Host mode at centre scale: 50,000 demo participants on the host. The same calls are timed
 * directly on the host (dispatch, as its own window's IPC calls it) and through a client PC the
 * way its renderer makes them: HTTP to the client's own loopback server, which forwards them over
 * the pinned mutual-TLS connection to the host (127.0.0.2 here; nothing leaves the machine).
 * Rounds alternate between the two so a busy machine's drift falls on both alike.
 * Targets: client/host p95 ≤ 1.5 and client p95 ≤ 25 ms, for the caseload page and quick search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MethodInput, MethodName } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import { createAppState, type AppState } from '../../electron/services/store/app-state';
import { createDemoCentre } from '../../electron/services/demo/create-demo-centre';
import { DEMO_PASSWORD } from '../../electron/services/demo/demo-data';
import { StoreRuntime } from '../../electron/services/store/runtime';
import { startLanHost } from '../../electron/server/lan-host';
import { startLanClientMode } from '../../electron/server/lan-client';
import { measure, percentile, type BenchRow, type BenchSection } from './harness';

// A smaller centre for a quick check of the bench itself: KESHER_BENCH_PARTICIPANTS=2000 npm run bench -- lan
const PARTICIPANTS = Number(process.env.KESHER_BENCH_PARTICIPANTS ?? 50_000);
const NOW = new Date('2026-05-10T07:00:00Z');
const KDF = { memoryKiB: 65_536, iterations: 1, parallelism: 1 } as const;
const ROUNDS = 5;
const PER_ROUND = 40;

async function direct<M extends MethodName>(app: AppState, method: M, input: MethodInput<M>): Promise<unknown> {
  const result = await dispatch(method, input, { app, transport: 'ipc' });
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code}`);
  return result.value;
}

export async function run(): Promise<BenchSection> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kesher-bench-lan-'));
  const dir = path.join(root, 'store');
  const demo = await createDemoCentre({ dir, participants: PARTICIPANTS, seed: 2026, now: NOW, kdf: KDF });
  demo.runtime.close();
  const runtime = new StoreRuntime(dir, () => NOW);
  const app = createAppState({ version: 'bench', now: () => NOW, runtime });
  await direct(app, 'auth.signIn', { username: 'demo-coordinator', password: DEMO_PASSWORD });
  const host = startLanHost({ app, host: '127.0.0.2', enable: { port: 0 }, pollMs: 20 });
  await host.ready;
  const status = await host.lan.status();
  const token = 'b'.repeat(43);
  const pc = await startLanClientMode({ dataDir: path.join(root, 'pc'), token, localAddress: '127.0.0.3' });
  const viaClient = async (method: string, input: unknown) => {
    const response = await fetch(`${pc.http.origin}/api/${method}`, {
      method: 'POST',
      headers: {
        'x-kesher-token': token,
        'x-kesher-client': 'bench-window-secret-0001',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    if (!result.ok) throw new Error(`${method} through the client failed: ${result.error?.code}`);
    return result.value;
  };
  try {
    const pairing = (await direct(app, 'lan.startPairing', {})) as { code: string };
    await viaClient('lan.connect', {
      host: '127.0.0.2',
      port: status.port,
      code: pairing.code,
      deviceName: 'Bench PC',
    });
    await viaClient('auth.signIn', { username: 'demo-coordinator', password: DEMO_PASSWORD });
    const people = (await direct(app, 'participants.list', { pageSize: 100 })) as { rows: { lastName: string }[] };
    const names = people.rows.map((p) => p.lastName).filter((n) => n.length >= 4);
    const scenarios: { name: string; method: MethodName; input: (i: number) => Record<string, unknown> }[] = [
      {
        name: 'caseload page · all active, by last name',
        method: 'participants.list',
        input: (i) => ({ pageSize: 50, status: ['active'], page: 1 + (i % 3) }),
      },
      {
        name: 'quick search · name prefix, 4 letters',
        method: 'search.quick',
        input: (i) => ({ q: names[i % names.length]!.slice(0, 4) }),
      },
    ];
    const rows: BenchRow[] = [];
    for (const scenario of scenarios) {
      const taken = { host: [] as number[], client: [] as number[] };
      for (let round = 0; round < ROUNDS; round += 1) {
        let i = round * PER_ROUND;
        const h = await measure(() => direct(app, scenario.method, scenario.input(i++) as never), {
          iterations: PER_ROUND,
          warmup: round === 0 ? 5 : 1,
        });
        i = round * PER_ROUND;
        const c = await measure(() => viaClient(scenario.method, scenario.input(i++)), {
          iterations: PER_ROUND,
          warmup: round === 0 ? 5 : 1,
        });
        taken.host.push(...h.samples);
        taken.client.push(...c.samples);
      }
      const host95 = { p50: percentile(taken.host, 50), p95: percentile(taken.host, 95) };
      rows.push({
        name: `${scenario.name} · through a client (TLS)`,
        unit: 'ms',
        p50: percentile(taken.client, 50),
        p95: percentile(taken.client, 95),
        baseline: { name: 'on the host', ...host95 },
      });
      rows.push({ name: `${scenario.name} · on the host`, unit: 'ms', ...host95 });
    }
    const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(2));
    return {
      title: `Host mode: ${PARTICIPANTS.toLocaleString('en')} participants, client over TLS 1.3 vs on the host`,
      rows,
      notes: [
        `load average (1, 5, 15 min) at the end: ${one}, ${five}, ${fifteen} on ${os.cpus().length} CPUs`,
        'client path: fetch → client loopback server → pinned mutual-TLS keep-alive connection → host dispatch',
        'targets: client/host p95 ≤ 1.5, client p95 ≤ 25 ms',
      ],
    };
  } finally {
    await pc.close();
    await host.close();
    runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
