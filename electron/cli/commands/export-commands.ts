import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createExport, keepExport } from '../../services/reports/export';
import { confirmProgrammeKey, setCentralRecipient, setProgrammeKey } from '../../services/reports/programme-key';
import { UsageError, type CliIo } from '../io';
import { flag, signedInRuntime, type Flags } from './store-commands';

/** The app's version for the manifest's generator: the package the CLI was built from. */
function appVersion(): string {
  return process.env.npm_package_version ?? '0.1.0';
}

/**
 * `kesher programme-key set --store DIR --key-file FILE`: the file holds the 64 hex characters.
 * Prints the keyId for the central office to confirm; exports stay refused until
 * `kesher programme-key confirm --store DIR --key-id ID`.
 */
export async function programmeKeySetCommand(io: CliIo, flags: Flags): Promise<number> {
  let text: string;
  try {
    text = readFileSync(flag(flags, 'key-file'), 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError('--key-file cannot be read');
  }
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const settings = setProgrammeKey(runtime, text);
    io.out(`Programme key stored. Key ID: ${settings.keyId}`);
    io.out('Confirm this key ID with the central office, then run: kesher programme-key confirm --key-id <ID>');
    return 0;
  } finally {
    runtime.close();
  }
}

export async function programmeKeyConfirmCommand(io: CliIo, flags: Flags): Promise<number> {
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const settings = confirmProgrammeKey(runtime, flag(flags, 'key-id'));
    io.out(`Key ID ${settings.keyId} confirmed.`);
    return 0;
  } finally {
    runtime.close();
  }
}

/** `kesher central-recipient set --store DIR --recipient age1…` (`--recipient none` clears it). */
export async function centralRecipientSetCommand(io: CliIo, flags: Flags): Promise<number> {
  const value = flag(flags, 'recipient');
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const settings = setCentralRecipient(runtime, value === 'none' ? null : value);
    io.out(
      settings.recipient
        ? 'Bundles will be encrypted to the central office.'
        : 'No central recipient: bundles are plain ZIP files.',
    );
    return 0;
  } finally {
    runtime.close();
  }
}

/**
 * `kesher export --store DIR (--period YYYY-MM | --period-end YYYY-MM-DD) --out DIR`: writes
 * the bundle into DIR (encrypted when a recipient is set: the plain ZIP is never written) and
 * keeps a copy in the store's folder for the coordinator's screen.
 */
export async function exportCommand(io: CliIo, flags: Flags): Promise<number> {
  const month = flags.period;
  const periodEnd = flags['period-end'];
  if ((month === undefined) === (periodEnd === undefined))
    throw new UsageError('give either --period YYYY-MM or --period-end YYYY-MM-DD');
  const out = flag(flags, 'out');
  const runtime = await signedInRuntime(io, flag(flags, 'store'), ['coordinator']);
  try {
    const result = await createExport(runtime, {
      ...(month !== undefined ? { month } : { periodEnd }),
      version: appVersion(),
    });
    keepExport(runtime, result);
    mkdirSync(out, { recursive: true });
    const file = path.join(out, result.fileName);
    writeFileSync(file, result.bytes);
    io.out(`${file}`);
    io.out(
      `sequence ${result.sequence}, sha256 of the ZIP ${result.zipSha256}${result.encrypted ? ', encrypted' : ''}`,
    );
    return 0;
  } finally {
    runtime.close();
  }
}
