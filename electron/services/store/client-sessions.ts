import { AsyncLocalStorage } from 'node:async_hooks';
import type { Session } from './session';

/**
 * Who is signed in belongs to a client (one window, one browser tab, later one office PC),
 * not to the server process: a second client never inherits the first one's session, and
 * each has its own idle lock. The transports name the client; dispatch runs the call inside
 * that client's scope, so the services keep asking the runtime for "the session" unchanged.
 */
export interface ClientSession {
  session: Session | null;
  locked: boolean;
  /** The last real activity of the signed-in user, for the idle lock. */
  lastActivityMs: number;
  /** The last call from this client at all, for evicting forgotten clients. */
  lastSeenMs: number;
  /** When the page said it was going away; cleared by its next call within the grace. */
  closingAtMs: number | null;
}

/**
 * How long after "closing" the same client may call again and keep its session unlocked: a
 * reload calls within a second or two (allowing for a loaded machine); a tab reopened from
 * the browser's history later meets the lock screen.
 */
export const CLOSING_GRACE_MS = 30_000;

/** The client of calls made outside any transport: the CLI, set-up code and tests. */
export const LOCAL_CLIENT = 'local';

/** A bound on remembered clients, so a caller inventing client ids cannot grow memory without end. */
export const MAX_CLIENTS = 64;

const scope = new AsyncLocalStorage<string>();

/** Runs `fn` as a call from `clientId`; everything it awaits sees the same client. */
export function withClient<T>(clientId: string, fn: () => T): T {
  return scope.run(clientId, fn);
}

export function currentClientId(): string {
  return scope.getStore() ?? LOCAL_CLIENT;
}

export class ClientSessions {
  private readonly clients = new Map<string, ClientSession>();

  constructor(private readonly nowMs: () => number) {}

  /** The calling client's state, created on first sight. */
  current(): ClientSession {
    const id = currentClientId();
    let client = this.clients.get(id);
    if (!client) {
      this.evictIfFull();
      const now = this.nowMs();
      client = { session: null, locked: false, lastActivityMs: now, lastSeenMs: now, closingAtMs: null };
      this.clients.set(id, client);
    }
    client.lastSeenMs = this.nowMs();
    return client;
  }

  all(): ClientSession[] {
    return [...this.clients.values()];
  }

  /** How many clients hold a session, locked or not. */
  signedInCount(): number {
    return this.all().filter((c) => c.session !== null).length;
  }

  clear(): void {
    this.clients.clear();
  }

  /**
   * Forgets the longest-unseen client without a session, else the longest-unseen one: a
   * forgotten client is signed out, which is safe (it must sign in again), never the reverse.
   */
  private evictIfFull(): void {
    if (this.clients.size < MAX_CLIENTS) return;
    const entries = [...this.clients.entries()].sort((a, b) => a[1].lastSeenMs - b[1].lastSeenMs);
    const victim = entries.find(([, c]) => c.session === null) ?? entries[0];
    if (victim) this.clients.delete(victim[0]);
  }
}
