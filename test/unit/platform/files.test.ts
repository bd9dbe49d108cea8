import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createFileAtomically,
  nodeFs,
  TEMP_FILE_PATTERN,
  writeAll,
  writeFileAtomic,
  type AtomicWriteFs,
} from '../../../electron/platform/files';
import { tempDir } from '../../fixtures/temp-dir';

const posix = process.platform !== 'win32';

describe('atomic file writer', () => {
  it('lands the whole content and leaves no temporary file', () => {
    const dir = tempDir();
    const target = path.join(dir, 'bundle.bin');
    const content = randomBytes(3 * 1024 * 1024 + 17);
    writeFileAtomic(target, content);
    expect(readFileSync(target).equals(content)).toBe(true);
    expect(readdirSync(dir)).toEqual(['bundle.bin']);
  });

  it('continues short writes until every byte is down', () => {
    const dir = tempDir();
    const target = path.join(dir, 'short-writes.txt');
    // A disk that takes at most three bytes per call, as a slow pipe or network share may.
    const stingy: AtomicWriteFs = {
      ...nodeFs,
      writeSync: (fd, data, offset, length, position) =>
        nodeFs.writeSync(fd, data, offset, Math.min(length, 3), position),
    };
    writeFileAtomic(target, 'שלום, a mixed-script line', stingy);
    expect(readFileSync(target, 'utf8')).toBe('שלום, a mixed-script line');
  });

  it.runIf(posix)('creates the file with the requested permission bits', () => {
    const dir = tempDir();
    const ownerOnly = path.join(dir, 'owner-only.json');
    const shared = path.join(dir, 'shared.txt');
    writeFileAtomic(ownerOnly, '{}');
    writeFileAtomic(shared, 'hello', nodeFs, 0o640);
    expect(statSync(ownerOnly).mode & 0o777).toBe(0o600);
    expect(statSync(shared).mode & 0o777).toBe(0o640 & ~process.umask());
  });

  it('leaves the old file whole and no temporary file when the write fails midway', () => {
    const dir = tempDir();
    const target = path.join(dir, 'keyring.json');
    writeFileAtomic(target, 'old content');
    const failing: AtomicWriteFs = {
      ...nodeFs,
      writeSync: (fd, data, offset, length, position) => {
        nodeFs.writeSync(fd, data, offset, Math.floor(length / 2), position);
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
    };
    expect(() => writeFileAtomic(target, 'new content that never lands', failing)).toThrow('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['keyring.json']);
  });

  it('leaves the old file whole when the rename fails', () => {
    const dir = tempDir();
    const target = path.join(dir, 'settings.json');
    writeFileAtomic(target, 'old');
    const failing: AtomicWriteFs = {
      ...nodeFs,
      renameSync: () => {
        throw Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' });
      },
    };
    expect(() => writeFileAtomic(target, 'new', failing)).toThrow('EXDEV');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['settings.json']);
  });

  it('streams a new file into place and refuses to replace an existing one', () => {
    const dir = tempDir();
    const target = path.join(dir, 'centre.kbak');
    createFileAtomically(target, (fd) => {
      writeAll(fd, Buffer.from('header|'));
      writeAll(fd, Buffer.from('body'));
    });
    expect(readFileSync(target, 'utf8')).toBe('header|body');
    expect(() => createFileAtomically(target, (fd) => writeAll(fd, Buffer.from('other')))).toThrow('target exists');
    expect(readFileSync(target, 'utf8')).toBe('header|body');
    expect(readdirSync(dir)).toEqual(['centre.kbak']);
  });

  it('names its temporary files so a crash leftover is recognised', () => {
    const dir = tempDir();
    const target = path.join(dir, 'copy.db');
    let seen: string[] = [];
    createFileAtomically(target, () => {
      seen = readdirSync(dir);
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(TEMP_FILE_PATTERN);
    expect(seen[0]).toMatch(/\.tmp$/);
    expect('.kesher-tmp-old.db').not.toMatch(TEMP_FILE_PATTERN);
  });
});
