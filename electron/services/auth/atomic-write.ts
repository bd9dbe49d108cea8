import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The file-system calls an atomic write makes; a seam so tests can fail one midway. */
export interface AtomicWriteFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: Buffer, offset: number, length: number, position: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
}

export const nodeFs: AtomicWriteFs = {
  openSync: fs.openSync,
  writeSync: (fd, data, offset, length, position) => fs.writeSync(fd, data, offset, length, position),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
};

/**
 * Replaces `file` so that a reader, or the disk after a power cut, sees either the old content or
 * the new one, never a mix: write a temporary file in the same folder (rename is only atomic within
 * one file system), flush it, rename it over, then flush the folder so the rename itself survives.
 */
export function writeFileAtomic(file: string, data: string | Buffer, io: AtomicWriteFs = nodeFs, mode = 0o600): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let renamed = false;
  try {
    const fd = io.openSync(temp, 'wx', mode);
    try {
      let written = 0;
      while (written < bytes.length) written += io.writeSync(fd, bytes, written, bytes.length - written, written);
      io.fsyncSync(fd);
    } finally {
      io.closeSync(fd);
    }
    io.renameSync(temp, file);
    renamed = true;
  } finally {
    if (!renamed) io.rmSync(temp, { force: true });
  }
  fsyncDirectory(dir, io);
}

/** Windows cannot open a folder for flushing (EISDIR/EPERM); NTFS journals the rename itself. */
function fsyncDirectory(dir: string, io: AtomicWriteFs): void {
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
