import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Our temporary files: hidden, recognisable, so rotation can clear ones a crash left behind. */
export const TEMP_FILE_PATTERN = /^\.kesher-tmp-\d+-[0-9a-f]{12}\.(db|kbak|json)$/;

export function tempPath(dir: string, extension: 'db' | 'kbak' | 'json'): string {
  return path.join(dir, `.kesher-tmp-${process.pid}-${randomBytes(6).toString('hex')}.${extension}`);
}

export function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += fs.writeSync(fd, bytes, written, bytes.length - written);
}

/**
 * Creates `file` so that after a crash or power cut it either does not exist or is complete:
 * write a temp file in the same folder, flush it, rename it into place, flush the folder.
 * Refuses to replace an existing file.
 */
export function createFileAtomically(file: string, write: (fd: number) => void): void {
  const dir = path.dirname(file);
  const temp = tempPath(dir, extensionFor(file));
  let renamed = false;
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      write(fd);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (fs.existsSync(file)) throw Object.assign(new Error('target exists'), { code: 'EEXIST' });
    fs.renameSync(temp, file);
    renamed = true;
  } finally {
    if (!renamed) fs.rmSync(temp, { force: true });
  }
  fsyncDirectory(dir);
}

function extensionFor(file: string): 'db' | 'kbak' | 'json' {
  if (file.endsWith('.kbak')) return 'kbak';
  if (file.endsWith('.json')) return 'json';
  return 'db';
}

/** Windows cannot open a folder for flushing; NTFS journals the rename itself. */
export function fsyncDirectory(dir: string): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** Resolves symlinks of the longest existing prefix, so a not-yet-created folder compares too. */
export function realPathLoose(target: string): string {
  const resolved = path.resolve(target);
  const missing: string[] = [];
  let current = resolved;
  for (;;) {
    try {
      return path.join(fs.realpathSync(current), ...missing.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return resolved;
      missing.push(path.basename(current));
      current = parent;
    }
  }
}
