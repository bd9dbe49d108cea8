/**
 * Host mode at centre scale: 50,000 demo participants on the host. The same calls are timed four
 * ways in one run, in pairs that differ only by the LAN hop:
 * - desktop app: on the host in-process (dispatch, where its window's IPC call arrives) against a
 *   client PC's main process (where its window's IPC call arrives: forwardingDispatcher, over the
 *   pinned mutual-TLS connection to the host). The window → main IPC hop is the same on both PCs
 *   and cannot run here (no Electron), so neither side includes it;
 * - browser mode: on the host through its own loopback HTTP transport against a client PC through
 *   its loopback server, which passes the call on as bytes over the same connection.
 * The host is on 127.0.0.2 here; nothing leaves the machine. Rounds alternate between the paths so
 * a busy machine's drift falls on all. Targets: client p95 ≤ 25 ms, and through a client ÷
 * directly on the host p95 ≤ 1.5, for the caseload page and quick search.
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
import { forwardingDispatcher, startLanClientMode, type RunningLanClient } from '../../electron/server/lan-client';
import { startHttpTransport } from '../../electron/api/transports/http';
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
  // The host's own loopback transport, as a window on the centre PC calls it in browser mode.
  const hostHttp = await startHttpTransport({ context: { app }, token });
  const viaClient = overHttp(pc.http.origin, token, 'bench-window-secret-0001');
  const viaHostHttp = overHttp(hostHttp.origin, token, 'bench-window-secret-0002');
  try {
    const pairing = (await direct(app, 'lan.startPairing', {})) as { code: string };
    await viaClient('lan.connect', {
      host: '127.0.0.2',
      port: status.port,
      code: pairing.code,
      deviceName: 'Bench PC',
    });
    await viaClient('auth.signIn', { username: 'demo-coordinator', password: DEMO_PASSWORD });
    await viaHostHttp('auth.signIn', { username: 'demo-coordinator', password: DEMO_PASSWORD });
    // The client PC's main process, as its desktop window's IPC call reaches it.
    const viaClientMain = clientMain(pc.lan);
    await viaClientMain('auth.signIn', { username: 'demo-coordinator', password: DEMO_PASSWORD });
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
    const ratios: string[] = [];
    for (const scenario of scenarios) {
      const paths = [
        ['in-process', (i: number) => direct(app, scenario.method, scenario.input(i) as never)],
        ['client main', (i: number) => viaClientMain(scenario.method, scenario.input(i))],
        ['host HTTP', (i: number) => viaHostHttp(scenario.method, scenario.input(i))],
        ['client', (i: number) => viaClient(scenario.method, scenario.input(i))],
      ] as const;
      const taken = new Map<string, number[]>(paths.map(([name]) => [name, []]));
      // Each round takes the same inputs on every path, in turn, so a busy machine's drift falls on all alike.
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const [name, call] of paths) {
          let i = round * PER_ROUND;
          const m = await measure(() => call(i++), { iterations: PER_ROUND, warmup: round === 0 ? 5 : 1 });
          taken.get(name)!.push(...m.samples);
        }
      }
      const figures = (name: string) => ({
        p50: percentile(taken.get(name)!, 50),
        p95: percentile(taken.get(name)!, 95),
      });
      const inProcess = { name: 'on the host, in-process', ...figures('in-process') };
      const hostHttp = { name: 'on the host, its loopback HTTP', ...figures('host HTTP') };
      const desktop = figures('client main');
      const browser = figures('client');
      rows.push({
        name: `${scenario.name} · desktop: through a client PC's main process`,
        unit: 'ms',
        ...desktop,
        baseline: inProcess,
      });
      rows.push({ name: `${scenario.name} · desktop: ${inProcess.name}`, unit: 'ms', ...figures('in-process') });
      rows.push({
        name: `${scenario.name} · browser: through a client PC (loopback + TLS)`,
        unit: 'ms',
        ...browser,
        baseline: hostHttp,
      });
      rows.push({ name: `${scenario.name} · browser: ${hostHttp.name}`, unit: 'ms', ...figures('host HTTP') });
      rows.push({
        name: `${scenario.name} · browser client vs host in-process`,
        unit: 'ms',
        ...browser,
        baseline: inProcess,
      });
      const ratio = (a: { p95: number }, b: { p95: number }) => `×${(a.p95 / b.p95).toFixed(2)}`;
      ratios.push(
        `${scenario.name}: desktop client p95 ${desktop.p95.toFixed(1)} ms, ${ratio(desktop, inProcess)} the host's in-process; browser client p95 ${browser.p95.toFixed(1)} ms, ${ratio(browser, hostHttp)} the host's loopback HTTP (${ratio(browser, inProcess)} its in-process)`,
      );
    }
    const [one, five, fifteen] = os.loadavg().map((n) => n.toFixed(2));
    return {
      title: `Host mode: ${PARTICIPANTS.toLocaleString('en')} participants, client over TLS 1.3 vs on the host`,
      rows,
      notes: [
        `load average (1, 5, 15 min) at the end: ${one}, ${five}, ${fifteen} on ${os.cpus().length} CPUs`,
        "desktop: the client PC's main process (forwardingDispatcher → pinned mutual-TLS keep-alive connection → host dispatch) vs host dispatch; the window → main IPC hop, the same on both PCs, is in neither",
        "browser: fetch → the client's loopback server (body and answer passed on as bytes) → the same connection → host dispatch, vs fetch → the host's own loopback server → dispatch",
        'targets: client p95 ≤ 25 ms; through a client ÷ directly on the host p95 ≤ 1.5 (each pair differs only by the LAN hop)',
        ...ratios,
      ],
    };
  } finally {
    await pc.close();
    await hostHttp.close();
    await host.close();
    runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** A call as a client PC's desktop window makes it: IPC to its main process, which forwards it to the host. */
function clientMain(lan: RunningLanClient['lan']) {
  const forward = forwardingDispatcher(lan);
  const ctx = {
    app: createAppState({ version: 'bench', runtime: null, lanClient: lan }),
    transport: 'ipc' as const,
    client: 'ipc:7',
  };
  return async (method: string, input: unknown): Promise<unknown> => {
    const result = await forward(method, input, ctx);
    if (!result.ok) throw new Error(`${method} through the client's main process failed: ${result.error.code}`);
    return result.value;
  };
}

/** A call as a page makes it: fetch to a loopback server with the launch token and the page's own client secret. */
function overHttp(origin: string, token: string, secret: string) {
  return async (method: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${origin}/api/${method}`, {
      method: 'POST',
      headers: { 'x-kesher-token': token, 'x-kesher-client': secret, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
    if (!result.ok) throw new Error(`${method} through ${origin} failed: ${result.error?.code}`);
    return result.value;
  };
}
