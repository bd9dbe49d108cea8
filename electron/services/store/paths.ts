import os from 'node:os';
import path from 'node:path';

export interface StoreFiles {
  dir: string;
  db: string;
  keyring: string;
  lock: string;
  /** Failed command-line sign-ins, beside the folder rather than in it (sign-in-journal.ts). */
  signInJournal: string;
}

export function storeFiles(dir: string): StoreFiles {
  const resolved = path.resolve(dir);
  return {
    dir: resolved,
    db: path.join(resolved, 'kesher.db'),
    keyring: path.join(resolved, 'keyring.json'),
    lock: path.join(resolved, 'store.lock'),
    signInJournal: path.join(path.dirname(resolved), `${path.basename(resolved)}.sign-in-failures.json`),
  };
}

/**
 * KESHER_STORE, else the platform's default. On Windows that is one folder per machine,
 * %PROGRAMDATA%\Kesher\store, whichever Windows account runs the app or the CLI: a centre's
 * office PCs are shared, staff sign in to Windows under their own names, and they must all
 * reach the same centre store (each still needs a Kesher password). The per-machine installer
 * creates that folder and lets the local Users group write in it (build/installer.nsh).
 * Elsewhere the store is in the user's data folder.
 */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.KESHER_STORE) return path.resolve(env.KESHER_STORE);
  if (platform === 'win32') return path.win32.join(programDataDir(env), 'Kesher', 'store');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Kesher', 'store');
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'kesher', 'store');
}

/** Windows reads environment names case-insensitively; an injected or copied env object does not. */
function programDataDir(env: NodeJS.ProcessEnv): string {
  for (const name of ['ProgramData', 'PROGRAMDATA', 'ALLUSERSPROFILE']) {
    const value = env[name];
    if (value) return value;
  }
  return 'C:\\ProgramData';
}
