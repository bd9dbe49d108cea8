import { existsSync, readFileSync } from 'node:fs';
import { consolidate } from '../../services/central/consolidate';
import { UsageError, type CliIo } from '../io';
import { flag, type Flags } from './store-commands';

/**
 * `kesher central consolidate --bundles DIR --identity FILE --period YYYY-MM --out DIR`: the
 * central office's programme report from every centre's bundles. Needs no store. Exit 1 when a
 * bundle failed a check (the report is still written, with the problems listed).
 */
export async function centralConsolidateCommand(io: CliIo, flags: Flags): Promise<number> {
  const bundlesDir = flag(flags, 'bundles');
  const identity = flag(flags, 'identity');
  const period = flag(flags, 'period');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new UsageError('--period must be YYYY-MM');
  if (!existsSync(bundlesDir)) throw new UsageError('--bundles must be a folder');
  if (!existsSync(identity)) throw new UsageError('--identity must be an age identity file');
  const started = Date.now();
  const programme = await consolidate({
    bundlesDir,
    identityText: readFileSync(identity, 'utf8'),
    period,
    outDir: flag(flags, 'out'),
  });
  for (const c of programme.centres)
    io.out(
      `${c.code}: bundle #${c.bundle.sequence}, ${c.indicators.participants.total} participants${c.indicatorsMatchBundle ? '' : ' (its indicators.json differs from the recomputed one)'}`,
    );
  io.out(
    `Total: ${programme.total.participants.total} participants (${programme.peopleInSeveralCentres} in more than one centre, counted once).`,
  );
  for (const code of programme.centresWithoutBundle) io.err(`${code}: no verified bundle for ${period}`);
  for (const p of programme.problems)
    io.err(
      `${p.centre ?? '?'}${p.sequence === null ? '' : ` #${p.sequence}`} ${p.file}: ${p.problem}${p.detail ? ` (${p.detail})` : ''}`,
    );
  io.out(`Wrote programme.json and programme.pdf in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return programme.problems.length > 0 || programme.centresWithoutBundle.length > 0 ? 1 : 0;
}
