import { AppError } from '../api/result';
import { storageFailureKey, StoreError } from '../../db/errors';
import { BackupError } from '../services/backup/errors';
import { KeyringError } from '../services/auth/keyring-error';
import en from '../api/messages.en.json';

/** A usage mistake: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Looks up an error or validation key in the English messages of the main process; falls back to the key. */
export function english(key: string): string {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (node && typeof node === 'object' && part in node) node = (node as Record<string, unknown>)[part];
    else return key;
  }
  return typeof node === 'string' ? node.replace(/\{\{[^}]+\}\}/g, '').trim() : key;
}

export function requireEnv(io: CliIo, name: string): string {
  const value = io.env[name];
  if (!value) throw new UsageError(`${name} must be set`);
  return value;
}

/** One line for stderr, without personal data: errors carry only codes and i18n keys. */
export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const fields = error.fields?.length ? ` (${error.fields.map((f) => f.path).join(', ')})` : '';
    return `${english(error.messageKey)}${fields}`;
  }
  if (error instanceof StoreError || error instanceof BackupError || error instanceof KeyringError)
    return english(error.messageKey);
  if (error instanceof UsageError) return error.message;
  const storageKey = storageFailureKey(error);
  if (storageKey) return english(storageKey);
  return error instanceof Error ? `unexpected failure (${error.name})` : 'unexpected failure';
}
