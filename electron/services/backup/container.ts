import { createHash } from 'node:crypto';
import fs from 'node:fs';

/*
 * A backup is one self-contained file:
 *
 *   magic "KSHRBAK\0" (8) | version u16 BE (2) | header length u32 BE (4) | header JSON (UTF-8)
 *   | keyring bytes | database bytes
 *
 * The database part is the encrypted VACUUM INTO copy, byte for byte; the keyring part is the
 * store's keyring.json of the same moment (it seals the database key under the staff passwords
 * and the recovery key, so a restored store opens with the same credentials). The plain header
 * carries only sizes, checksums, the schema version, the time and the centre code.
 */

export const BACKUP_MAGIC = Buffer.from('KSHRBAK\0', 'latin1');
export const BACKUP_FORMAT_VERSION = 1;
const PREFIX_BYTES = BACKUP_MAGIC.length + 2 + 4;
const MAX_HEADER_BYTES = 64 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface BackupHeader {
  createdAt: string;
  centreCode: string;
  schemaVersion: number;
  keyringBytes: number;
  keyringSha256: string;
  dbBytes: number;
  dbSha256: string;
}

export type ContainerProblem =
  | 'not_a_backup'
  | 'unsupported_version'
  | 'header_damaged'
  | 'truncated'
  | 'trailing_bytes'
  | 'keyring_checksum_mismatch'
  | 'db_checksum_mismatch';

export class BackupFormatError extends Error {
  constructor(readonly problem: ContainerProblem) {
    super(`backup file: ${problem}`);
    this.name = 'BackupFormatError';
  }
}

export interface OpenedContainer {
  header: BackupHeader;
  keyringOffset: number;
  dbOffset: number;
}

export function encodeHeaderPrefix(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(PREFIX_BYTES);
  BACKUP_MAGIC.copy(prefix, 0);
  prefix.writeUInt16BE(BACKUP_FORMAT_VERSION, BACKUP_MAGIC.length);
  prefix.writeUInt32BE(json.length, BACKUP_MAGIC.length + 2);
  return Buffer.concat([prefix, json]);
}

function readExactly(fd: number, length: number, position: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, buffer, read, length - read, position + read);
    if (n === 0) throw new BackupFormatError('truncated');
    read += n;
  }
  return buffer;
}

function isHeader(value: unknown): value is BackupHeader {
  const h = value as Record<string, unknown>;
  const isSize = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  const isSha = (s: unknown) => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s);
  return (
    typeof h === 'object' &&
    h !== null &&
    typeof h.createdAt === 'string' &&
    typeof h.centreCode === 'string' &&
    typeof h.schemaVersion === 'number' &&
    isSize(h.keyringBytes) &&
    isSha(h.keyringSha256) &&
    isSize(h.dbBytes) &&
    isSha(h.dbSha256)
  );
}

/** Reads and checks the framing (not the checksums) of an open backup file. */
export function readContainer(fd: number): OpenedContainer {
  const size = fs.fstatSync(fd).size;
  if (size < PREFIX_BYTES) throw new BackupFormatError(size === 0 ? 'truncated' : 'not_a_backup');
  const prefix = readExactly(fd, PREFIX_BYTES, 0);
  if (!prefix.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)) throw new BackupFormatError('not_a_backup');
  if (prefix.readUInt16BE(BACKUP_MAGIC.length) !== BACKUP_FORMAT_VERSION) {
    throw new BackupFormatError('unsupported_version');
  }
  const headerLength = prefix.readUInt32BE(BACKUP_MAGIC.length + 2);
  if (headerLength > MAX_HEADER_BYTES) throw new BackupFormatError('header_damaged');
  if (PREFIX_BYTES + headerLength > size) throw new BackupFormatError('truncated');
  let header: unknown;
  try {
    header = JSON.parse(readExactly(fd, headerLength, PREFIX_BYTES).toString('utf8'));
  } catch {
    throw new BackupFormatError('header_damaged');
  }
  if (!isHeader(header)) throw new BackupFormatError('header_damaged');
  const keyringOffset = PREFIX_BYTES + headerLength;
  const dbOffset = keyringOffset + header.keyringBytes;
  const expectedSize = dbOffset + header.dbBytes;
  if (size < expectedSize) throw new BackupFormatError('truncated');
  if (size > expectedSize) throw new BackupFormatError('trailing_bytes');
  return { header, keyringOffset, dbOffset };
}

export function readKeyringPart(fd: number, container: OpenedContainer): Buffer {
  const bytes = readExactly(fd, container.header.keyringBytes, container.keyringOffset);
  if (sha256(bytes) !== container.header.keyringSha256) throw new BackupFormatError('keyring_checksum_mismatch');
  return bytes;
}

/** Streams `length` bytes from `fd` at `position` through `sink`, returning their SHA-256. */
export function copyRange(fd: number, position: number, length: number, sink?: (chunk: Buffer) => void): string {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(Math.min(CHUNK_BYTES, Math.max(length, 1)));
  let done = 0;
  while (done < length) {
    const n = fs.readSync(fd, buffer, 0, Math.min(buffer.length, length - done), position + done);
    if (n === 0) throw new BackupFormatError('truncated');
    const chunk = buffer.subarray(0, n);
    hash.update(chunk);
    sink?.(chunk);
    done += n;
  }
  return hash.digest('hex');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function sha256OfFile(file: string): { sha256: string; bytes: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const bytes = fs.fstatSync(fd).size;
    return { sha256: copyRange(fd, 0, bytes), bytes };
  } finally {
    fs.closeSync(fd);
  }
}

/** Checks framing and both checksums without writing anything. */
export function checkContainer(file: string): BackupHeader {
  const fd = fs.openSync(file, 'r');
  try {
    const container = readContainer(fd);
    readKeyringPart(fd, container);
    if (copyRange(fd, container.dbOffset, container.header.dbBytes) !== container.header.dbSha256) {
      throw new BackupFormatError('db_checksum_mismatch');
    }
    return container.header;
  } finally {
    fs.closeSync(fd);
  }
}
