/**
 * Wall time, process CPU time and time spent waiting for a core, for one timed call. The
 * machine the benches run on is shared: when seven people's work queues for two cores, wall
 * time says more about the queue than about our code, so the import and consolidation benches
 * print all three, and the same work at a tenth of the size measured in the same run as their
 * baseline (a ratio of 10 or less says the work scales no worse than linearly, whatever the load was).
 */
import { readFileSync } from 'node:fs';
import type { BenchRow } from './harness';

export interface Timing {
  wallMs: number;
  /** User + system CPU of the whole process (GC and libuv threads included). */
  cpuMs: number;
  /** The main thread's time runnable but not running (Linux schedstat); null elsewhere. */
  waitMs: number | null;
}

/** Nanoseconds the calling thread has waited on a run queue, or null without /proc. */
function runQueueWaitNs(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/);
    const wait = Number(fields[1]);
    return Number.isFinite(wait) ? wait : null;
  } catch {
    return null;
  }
}

export async function timed<T>(fn: () => T | Promise<T>): Promise<{ result: T; timing: Timing }> {
  const waitBefore = runQueueWaitNs();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await fn();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const waitAfter = runQueueWaitNs();
  return {
    result,
    timing: {
      wallMs,
      cpuMs: (used.user + used.system) / 1000,
      waitMs: waitBefore === null || waitAfter === null ? null : (waitAfter - waitBefore) / 1e6,
    },
  };
}

/** Two rows, wall and CPU, each against the same figure of the baseline run. */
export function wallAndCpuRows(name: string, timing: Timing, baselineName: string, baseline: Timing): BenchRow[] {
  const row = (kind: string, ms: number, base: number): BenchRow => ({
    name: `${name} · ${kind}`,
    p50: ms,
    p95: ms,
    unit: 'ms',
    baseline: { name: `${baselineName} · ${kind}`, p50: base, p95: base },
  });
  return [row('wall', timing.wallMs, baseline.wallMs), row('CPU', timing.cpuMs, baseline.cpuMs)];
}

/** "wall 12.3 s, CPU 4.5 s, waiting for a core 6.7 s" */
export function describeTiming(timing: Timing): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const wait = timing.waitMs === null ? '' : `, main thread waiting for a core ${s(timing.waitMs)}`;
  return `wall ${s(timing.wallMs)}, CPU ${s(timing.cpuMs)}${wait}`;
}
