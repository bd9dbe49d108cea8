import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodName } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/dispatch';
import {
  CLIENT_HEADER,
  startHttpTransport,
  TOKEN_HEADER,
  type HttpTransport,
} from '../../electron/api/transports/http';
import {
  CLOSING_GRACE_MS,
  ClientSessions,
  MAX_CLIENTS,
  withClient,
} from '../../electron/services/store/client-sessions';
import { listAudit } from '../../db/repositories/audit';
import { ADMIN, createTestCentre, STAFF_PASSWORD, withStaff, type TestApp } from '../fixtures/centre';

/** One session per client (window, tab, later PC), each with its own idle lock: issue 12 item 8, the ground for issue 14. */
let t: TestApp;
let coachId: number;

const as = (client: string) => (method: MethodName, input: unknown) =>
  dispatch(method, input, { app: t.app, transport: 'http', client });

/** What auth.status tells a client: who is signed in on it, and whether it is locked. */
async function statusOf(client: string): Promise<{ session: { username: string } | null; locked: boolean }> {
  const result = await as(client)('auth.status', {});
  if (!result.ok) throw new Error('auth.status failed');
  return result.value as { session: { username: string } | null; locked: boolean };
}

beforeAll(async () => {
  t = await createTestCentre();
  const staff = await withStaff(t, { rina: 'coach' });
  coachId = staff.ids.rina;
});

describe('sessions belong to clients, not to the server process', () => {
  it('a second client neither inherits the first one signed in nor disturbs it', async () => {
    const a = as('tab-a');
    const b = as('tab-b');
    expect((await a('auth.signIn', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);

    expect((await statusOf('tab-b')).session).toBeNull();
    expect(await b('participants.list', {})).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });

    expect((await b('auth.signIn', { username: 'rina', password: STAFF_PASSWORD })).ok).toBe(true);
    // Two staff at once, each with their own role.
    expect((await a('staff.list', {})).ok).toBe(true);
    expect(await b('staff.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await statusOf('tab-a')).session?.username).toBe(ADMIN.username);
  });

  it("locking one client leaves the other working, and only its owner's password unlocks it", async () => {
    const a = as('tab-a');
    const b = as('tab-b');
    expect((await a('auth.lock', { reason: 'manual' })).ok).toBe(true);
    expect(await a('staff.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await b('participants.list', {})).ok).toBe(true);
    expect((await a('auth.unlock', { password: STAFF_PASSWORD })).ok).toBe(false);
    expect((await a('auth.unlock', { password: ADMIN.password })).ok).toBe(true);
    expect((await a('staff.list', {})).ok).toBe(true);
  });

  it('each client has its own idle lock', async () => {
    const a = as('tab-a');
    const b = as('tab-b');
    const idleMs = 5 * 60_000;
    t.clock.advance(idleMs - 60_000);
    expect((await a('participants.list', {})).ok).toBe(true); // a is active, b is not
    t.clock.advance(2 * 60_000);
    expect((await a('participants.list', {})).ok).toBe(true);
    expect(await b('participants.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect((await b('auth.unlock', { password: STAFF_PASSWORD })).ok).toBe(true);
  });

  it('a tab that closes locks its session at its next call, recorded as closed; a reload does not', async () => {
    const b = as('tab-b');
    expect((await b('auth.closing', {})).ok).toBe(true);
    t.clock.advance(2_000); // a reload calls again at once
    expect((await b('participants.list', {})).ok).toBe(true);
    expect((await statusOf('tab-b')).locked).toBe(false);

    expect((await b('auth.closing', {})).ok).toBe(true);
    t.clock.advance(CLOSING_GRACE_MS + 1); // a tab reopened from the history later
    expect(await b('participants.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    const entries = listAudit(t.runtime.db(), { action: 'lock', limit: 5, offset: 0 }).rows;
    expect(entries.some((e) => e.outcome === 'closed' && e.actorId === coachId)).toBe(true);
    expect((await as('tab-a')('staff.list', {})).ok).toBe(true);
    expect((await b('auth.unlock', { password: STAFF_PASSWORD })).ok).toBe(true);
  });

  it('deactivating an account ends its sessions on every client', async () => {
    const a = as('tab-a');
    expect((await statusOf('tab-b')).session?.username).toBe('rina');
    expect((await a('staff.deactivate', { id: coachId })).ok).toBe(true);
    expect(await statusOf('tab-b')).toMatchObject({ session: null, locked: false });
    expect((await a('staff.list', {})).ok).toBe(true);
  });
});

describe('over the loopback transport', () => {
  let server: HttpTransport;
  beforeAll(async () => {
    server = await startHttpTransport({ context: { app: t.app } });
  });
  afterAll(() => server.close());

  const post = (client: string, method: string, input: unknown) =>
    fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, [CLIENT_HEADER]: client },
      body: JSON.stringify(input),
    }).then((r) => r.json() as Promise<{ ok: boolean; value?: { session: unknown } }>);

  it('a new browser profile given the printed URL lands on sign-in, not in the last user’s session', async () => {
    const first = 'first-profile-secret-000000000000';
    const second = 'second-profile-secret-00000000000';
    expect((await post(first, 'auth.signIn', { username: ADMIN.username, password: ADMIN.password })).ok).toBe(true);
    expect((await post(first, 'auth.status', {})).value?.session).not.toBeNull();
    expect((await post(second, 'auth.status', {})).value?.session).toBeNull();
  });
});

describe('the client registry', () => {
  it('stays bounded, forgetting clients without a session first', () => {
    let now = 0;
    const clients = new ClientSessions(() => (now += 1));
    withClient('keeper', () => {
      clients.current().session = { userId: 1 } as never;
    });
    for (let i = 0; i < MAX_CLIENTS * 3; i += 1) withClient(`stranger-${i}`, () => clients.current());
    expect(clients.all().length).toBeLessThanOrEqual(MAX_CLIENTS);
    expect(clients.signedInCount()).toBe(1);
  });
});
