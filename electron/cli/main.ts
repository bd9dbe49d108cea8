import { parseArgs } from 'node:util';
import { describeError, processIo, UsageError, type CliIo } from './io';
import { auditVerifyCommand, initCommand, recoverCommand, userAddCommand, type Flags } from './commands/store-commands';
import { backupCommand, restoreCommand } from './commands/backup-commands';
import { demoCommand } from './commands/demo';
import { documentCommand, documentKindNames } from './commands/document';
import { serveCommand } from './commands/serve';
import { connectCommand } from './commands/connect';
import { verifyCommand } from './commands/verify';
import { importCommand } from './commands/import';
import { centralConsolidateCommand } from './commands/central';
import {
  centralRecipientSetCommand,
  exportCommand,
  programmeKeyConfirmCommand,
  programmeKeySetCommand,
} from './commands/export-commands';

const usage = `Usage: kesher <command> [options]

Commands:
  init --store DIR --centre-code CODE --centre-name NAME --admin USER [--admin-name NAME]
                         Create a store (password from KESHER_PASSWORD; pseudonymisation key from
                         KESHER_PSEUDONYM_KEY as 64 hex characters, or generated). Prints the recovery key.
  user add --store DIR --username U --role ROLE [--display-name NAME]
                         Add an account (temporary password from KESHER_NEW_PASSWORD)
  verify --store DIR [--record]
                         Check the database, the audit chain and the keyring without changing
                         the store; --record notes a healthy check in the audit log
  backup --store DIR --out DIR
                         Write a verified encrypted backup into DIR
  restore --backup FILE --store NEWDIR
                         Restore a backup into a new store folder
  recover --store DIR --username U
                         Set a new password with the recovery key (KESHER_RECOVERY_KEY, KESHER_NEW_PASSWORD)
  audit verify --store DIR
                         Check the audit log's hash chain
  serve [--store DIR] [--port N] [--lan [--host ADDR] [--lan-port N]]
                         Serve Kesher in browser mode on 127.0.0.1 and print its URL; --lan also
                         shares the store with the centre's paired office PCs (see docs/lan.md)
  connect --data DIR [--host ADDR --code CODE [--name NAME] [--lan-port N] [--fingerprint FP]] [--port N]
                         Work on the centre PC's store from this PC: pair with the code shown on
                         the centre PC (once), then serve Kesher on 127.0.0.1 and print its URL
  demo --store DIR [--participants N] [--seed S]
                         Create a demo centre of invented people (or add N more to a demo store);
                         prints the demo accounts and their shared password
  document KIND --store DIR --out FILE.pdf [--lang he|en]
                         Make one document as the acting user and write it to FILE (not encrypted).
                         KIND: work-plan --participant ID | attendance-sheet --session ID |
                         attendance-summary --session ID | referral-letter --participant ID
                         --organisation ID | exit-letter --participant ID |
                         coach-report --coach USER --month YYYY-MM. ID: national ID or record number.
  import --store DIR --bundle FILE|DIR [--dry-run]
                         Import a CRF-1 migration bundle (ZIP or folder), all or nothing;
                         --dry-run reports what would be created and writes nothing
  central consolidate --bundles DIR --identity FILE --period YYYY-MM --out DIR
                         Central office: decrypt and verify every centre's bundles, write the
                         programme's tables per centre and in total (programme.json, programme.pdf)
  programme-key set --store DIR --key-file FILE
                         Store the programme's pseudonymisation key (64 hex characters) and print its key ID
  programme-key confirm --store DIR --key-id ID
                         Record that the central office confirmed the key ID (exports need it)
  central-recipient set --store DIR --recipient age1…|none
                         Encrypt CRF-1 bundles to the central office's age key (or stop encrypting)
  export --store DIR (--period YYYY-MM | --period-end YYYY-MM-DD) --out DIR
                         Write the CRF-1 bundle of a month (or up to a day) into DIR

The acting user comes from KESHER_USER and KESHER_PASSWORD.
Exit status: 0 success, 1 failure, 2 usage.`;

type Command = (io: CliIo, flags: Flags) => Promise<number>;

const commands: Record<string, Command> = {
  init: initCommand,
  'user add': userAddCommand,
  verify: verifyCommand,
  recover: recoverCommand,
  backup: backupCommand,
  restore: restoreCommand,
  'audit verify': auditVerifyCommand,
  serve: serveCommand,
  connect: connectCommand,
  demo: demoCommand,
  ...Object.fromEntries(documentKindNames.map((kind) => [`document ${kind}`, documentCommand(kind)])),
  import: importCommand,
  'central consolidate': centralConsolidateCommand,
  'programme-key set': programmeKeySetCommand,
  'programme-key confirm': programmeKeyConfirmCommand,
  'central-recipient set': centralRecipientSetCommand,
  export: exportCommand,
};

const optionNames = [
  'store',
  'centre-code',
  'centre-name',
  'admin',
  'admin-name',
  'username',
  'role',
  'display-name',
  'out',
  'backup',
  'port',
  'participants',
  'seed',
  'participant',
  'session',
  'organisation',
  'coach',
  'month',
  'lang',
  'bundle',
  'bundles',
  'identity',
  'key-file',
  'key-id',
  'recipient',
  'period',
  'period-end',
  'host',
  'lan-port',
  'data',
  'code',
  'name',
  'fingerprint',
];

/** Options that take no value. */
const switchNames = ['record', 'dry-run', 'lan', 'api-only'];

export function registerCommand(name: string, command: Command): void {
  commands[name] = command;
}

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const [first, second] = argv;
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    io.out(usage);
    return first === undefined ? 2 : 0;
  }
  const twoWord = second !== undefined ? `${first} ${second}` : '';
  const name = commands[twoWord] ? twoWord : first;
  const command = commands[name];
  if (!command) {
    io.err(`kesher: unknown command "${first}" (see "kesher help")`);
    return 2;
  }
  try {
    const rest = argv.slice(name.split(' ').length);
    const { values } = parseArgs({
      args: rest,
      options: {
        ...Object.fromEntries(optionNames.map((o) => [o, { type: 'string' as const }])),
        ...Object.fromEntries(switchNames.map((o) => [o, { type: 'boolean' as const }])),
      },
      strict: true,
      allowPositionals: false,
    });
    const flags: Flags = Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' ? value : value ? 'true' : undefined,
      ]),
    );
    return await command(io, flags);
  } catch (error) {
    const isUsage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    io.err(`kesher: ${isUsage && !(error instanceof UsageError) ? (error as Error).message : describeError(error)}`);
    return isUsage ? 2 : 1;
  }
}
