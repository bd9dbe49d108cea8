import { randomBytes } from 'node:crypto';

/** How long a prepared document waits to be fetched: long enough for a click, short for a leak. */
export const HANDOFF_TTL_MS = 60_000;
/** Documents held at once; the oldest is dropped first. */
const MAX_HELD = 32;

export interface HeldDocument {
  bytes: Buffer;
  fileName: string;
  disposition: 'inline' | 'attachment';
  /** The client (tab, window) that asked for it, as the transport keys clients. */
  client: string;
  /** The staff member signed in on that client when it was made. */
  userId: number;
}

export type TakeResult =
  { ok: true; document: HeldDocument } | { ok: false; reason: 'unknown' | 'expired' | 'other_client' };

/**
 * Generated PDFs waiting for the browser to fetch them (issue 10, printing without plaintext
 * copies). They exist only here, in memory: a one-time token names each, the first fetch takes
 * it away, it expires unfetched after HANDOFF_TTL_MS, and only the client that asked for it may
 * take it. A token presented by another client is burned too: it has leaked, so the owner must
 * ask again. Served or dropped bytes are zero-filled rather than left for the collector.
 */
export class DocumentHandoff {
  private readonly held = new Map<string, HeldDocument & { expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  put(document: HeldDocument): string {
    this.prune();
    while (this.held.size >= MAX_HELD) this.drop(this.held.keys().next().value as string);
    const token = randomBytes(32).toString('base64url');
    this.held.set(token, { ...document, expiresAt: this.now() + HANDOFF_TTL_MS });
    return token;
  }

  take(token: string, client: string): TakeResult {
    const entry = this.held.get(token);
    if (!entry) return { ok: false, reason: 'unknown' };
    this.held.delete(token);
    if (entry.expiresAt <= this.now()) {
      entry.bytes.fill(0);
      return { ok: false, reason: 'expired' };
    }
    if (entry.client !== client) {
      entry.bytes.fill(0);
      return { ok: false, reason: 'other_client' };
    }
    const { expiresAt: _expiresAt, ...document } = entry;
    return { ok: true, document };
  }

  /** How many documents are waiting (tests, and a sign-out check). */
  size(): number {
    this.prune();
    return this.held.size;
  }

  /** Drops everything a client asked for (its session ended). */
  dropClient(client: string): void {
    for (const [token, entry] of this.held) if (entry.client === client) this.drop(token);
  }

  private prune(): void {
    const now = this.now();
    for (const [token, entry] of this.held) if (entry.expiresAt <= now) this.drop(token);
  }

  private drop(token: string): void {
    this.held.get(token)?.bytes.fill(0);
    this.held.delete(token);
  }
}

/** What the Electron shell provides for documents: a preview window and a save dialog. */
export interface DocumentViewer {
  /** Opens the PDF in a sandboxed preview window served from memory. */
  show(document: { bytes: Buffer; title: string }): void;
  /** Asks where to save; false when the user cancelled. */
  saveAs(document: { bytes: Buffer; fileName: string }): Promise<boolean>;
}
