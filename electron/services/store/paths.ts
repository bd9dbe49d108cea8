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

/** KESHER_STORE, else the per-user data folder of the platform. */
export function defaultStoreDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.KESHER_STORE) return path.resolve(env.KESHER_STORE);
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'Kesher', 'store');
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'Kesher', 'store');
  return path.join(env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'kesher', 'store');
}
