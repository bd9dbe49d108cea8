import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The file-system calls an atomic write makes; a seam so tests can fail one midway. */
export interface AtomicWriteFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Buffer, offset: number, length: number, position: number | null) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
  existsSync: typeof fs.existsSync;
}

export const nodeFs: AtomicWriteFs = {
  openSync: fs.openSync,
  writeSync: (fd, data, offset, length, position) => fs.writeSync(fd, data, offset, length, position),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
  existsSync: fs.existsSync,
};

export interface AtomicWriteOptions {
  /** Permission bits of the new file; owner-only unless said otherwise. */
  mode?: number;
  /** false refuses to replace an existing file (backups never overwrite one another). */
  replace?: boolean;
  io?: AtomicWriteFs;
}

/**
 * Our temporary files: hidden and recognisable, so a folder's owner can clear ones a crash left
 * behind. Older versions named them without the `.tmp` suffix.
 */
export const TEMP_FILE_PATTERN = /^\.kesher-tmp-\d+-[0-9a-f]{12}\.(db|kbak|json)(\.tmp)?$/;

export function tempPath(dir: string, extension: string): string {
  return path.join(dir, `.kesher-tmp-${process.pid}-${randomBytes(6).toString('hex')}.${extension}.tmp`);
}

/** Writes every byte at the current position of `fd`; a short write is continued, not lost. */
export function writeAll(fd: number, bytes: Buffer, io: AtomicWriteFs = nodeFs): void {
  let written = 0;
  while (written < bytes.length) written += io.writeSync(fd, bytes, written, bytes.length - written, null);
}

/**
 * Puts `file` in place so that a reader, or the disk after a power cut, sees either the old
 * state or the complete new file, never a mix: `write` fills a temporary file in the same folder
 * (rename is only atomic within one file system), which is flushed, renamed over the target,
 * and the folder flushed so the rename itself survives. On any failure the temporary file is
 * removed and the target is untouched.
 */
export function commitFileAtomic(file: string, write: (fd: number) => void, options: AtomicWriteOptions = {}): void {
  const { mode = 0o600, replace = true, io = nodeFs } = options;
  const dir = path.dirname(file);
  const temp = tempPath(dir, path.extname(file).slice(1) || 'file');
  let renamed = false;
  try {
    const fd = io.openSync(temp, 'wx', mode);
    try {
      write(fd);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    if (!replace && io.existsSync(file)) throw Object.assign(new Error('target exists'), { code: 'EEXIST' });
    io.renameSync(temp, file);
    renamed = true;
  } finally {
    if (!renamed) io.rmSync(temp, { force: true });
  }
  fsyncDirectory(dir, io);
}

/** Replaces (or creates) `file` with `data` atomically; see `commitFileAtomic`. */
export function writeFileAtomic(file: string, data: string | Buffer, io: AtomicWriteFs = nodeFs, mode = 0o600): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  commitFileAtomic(file, (fd) => writeAll(fd, bytes, io), { io, mode });
}

/** Creates `file` from what `write` streams into it, atomically; refuses to replace an existing file. */
export function createFileAtomically(file: string, write: (fd: number) => void, mode = 0o600): void {
  commitFileAtomic(file, write, { mode, replace: false });
}

/** Windows cannot open a folder for flushing (EISDIR/EPERM); NTFS journals the rename itself. */
export function fsyncDirectory(dir: string, io: AtomicWriteFs = nodeFs): void {
  let fd: number;
  try {
    fd = io.openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    io.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw error;
  } finally {
    io.closeSync(fd);
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
