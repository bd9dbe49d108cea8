/**
 * The source keys of earlier imports (import_keys): a record whose key is known was created by
 * an earlier import and is not created again. New keys are written with this import's id.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ImportKeyKind } from '../../domain/reports';

export interface ImportCounts {
  /** Created by this import. */
  participants: number;
  placements: number;
  meetings: number;
  workshops: number;
  sessions: number;
  enrolments: number;
  attendance: number;
  /** People already in the store with the same national ID, linked instead of created. */
  participantsMatched: number;
  /** Records an earlier import of the same source keys already created. */
  participantsExisting: number;
  placementsExisting: number;
  meetingsExisting: number;
  workshopsExisting: number;
  /** Occupations kept as text, to be mapped by the coordinator. */
  unmappedOccupations: number;
}

export function emptyCounts(): ImportCounts {
  return {
    participants: 0,
    placements: 0,
    meetings: 0,
    workshops: 0,
    sessions: 0,
    enrolments: 0,
    attendance: 0,
    participantsMatched: 0,
    participantsExisting: 0,
    placementsExisting: 0,
    meetingsExisting: 0,
    workshopsExisting: 0,
    unmappedOccupations: 0,
  };
}

export class KeyBook {
  private readonly known = new Map<string, number>();
  private readonly added: [ImportKeyKind, string, number][] = [];

  constructor(private readonly sqlite: Database.Database) {
    const rows = sqlite.prepare('SELECT kind, source_key AS key, local_id AS id FROM import_keys').all() as {
      kind: string;
      key: string;
      id: number;
    }[];
    for (const row of rows) this.known.set(`${row.kind}\u0000${row.key}`, row.id);
  }

  get(kind: ImportKeyKind, key: string): number | undefined {
    return this.known.get(`${kind}\u0000${key}`);
  }

  has(kind: ImportKeyKind, key: string): boolean {
    return this.known.has(`${kind}\u0000${key}`);
  }

  add(kind: ImportKeyKind, key: string, localId: number): void {
    this.known.set(`${kind}\u0000${key}`, localId);
    this.added.push([kind, key, localId]);
  }

  /** Writes the keys this import added, under its id. */
  save(importId: number): void {
    const insert = this.sqlite.prepare(
      'INSERT INTO import_keys (kind, source_key, local_id, import_id) VALUES (?, ?, ?, ?)',
    );
    for (const [kind, key, id] of this.added) insert.run(kind, key, id, importId);
  }
}
