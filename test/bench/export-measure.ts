import { performance } from 'node:perf_hooks';
import { createExport } from '../../electron/services/reports/export';
import { confirmProgrammeKey, exportSettings } from '../../electron/services/reports/programme-key';
import type { StoreRuntime } from '../../electron/services/store/runtime';

/**
 * One CRF-1 export of `month` on a signed-in coordinator's store, timed from the first query to
 * the checked (and, with a recipient, encrypted) bundle in memory: for the reports bench
 * (issue 11 item 6, target ≤ 5 s at 50,000 participants). Confirms the store's key first, as
 * the coordinator would once. Records a bundle in the store's export history.
 */
export async function measureExport(
  runtime: StoreRuntime,
  month: string,
): Promise<{ ms: number; participants: number; bytes: number }> {
  const settings = exportSettings(runtime);
  if (!settings.keyConfirmed) confirmProgrammeKey(runtime, settings.keyId);
  const start = performance.now();
  const result = await createExport(runtime, { month, version: 'bench' });
  const ms = performance.now() - start;
  const participants = result.manifest.files.find((f) => f.name === 'participants.csv')?.rows ?? 0;
  return { ms, participants, bytes: result.bytes.length };
}
