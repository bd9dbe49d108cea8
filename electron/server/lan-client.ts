import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { createAppState } from '../services/store/app-state';
import { LanClient } from '../services/lan/client';
import type { SecretBox } from '../services/lan/client-pairing';
import { startHttpTransport, type HttpTransport, type HttpTransportOptions } from '../api/transports/http';
import { dispatch } from '../api/dispatch';
import { clientLocalMethods } from '../api/contracts/lan';
import { appVersion } from '../platform/paths';
import { printThroughShell } from './lan-printing';
import type { RequestContext } from '../api/context';
import type { Result } from '../api/result';

export interface LanClientModeOptions {
  /** The PC's own folder: only the pairing file is ever written there. */
  dataDir: string;
  staticDir?: string;
  port?: number;
  token?: string;
  box?: SecretBox;
  localAddress?: string;
}

export interface RunningLanClient {
  http: HttpTransport;
  lan: LanClient;
  close(): Promise<void>;
}

const local = new Set<string>(clientLocalMethods);

/**
 * A client PC's own process: the renderer talks to it exactly as in browser mode (loopback,
 * token, CSP), and it forwards every call to the centre PC over the pinned TLS connection.
 * The only calls it answers itself are those that pair it, and everything while it is unpaired.
 */
export async function startLanClientMode(options: LanClientModeOptions): Promise<RunningLanClient> {
  const lan = new LanClient({ dataDir: options.dataDir, box: options.box, localAddress: options.localAddress });
  const app = createAppState({ version: appVersion(), runtime: null, lanClient: lan });
  const http = await startHttpTransport({
    context: { app },
    staticDir: options.staticDir,
    port: options.port,
    token: options.token,
    dispatcher: forwardingDispatcher(lan),
    relay: relayingTo(lan),
    handOver: (req, res, token, client) => handOverFromHost(lan, res, token, client),
  });
  return {
    http,
    lan,
    close: async () => {
      await http.close();
      lan.close();
    },
  };
}

/** A call the centre PC answers: a method name, not one that pairs this PC, while it is paired. */
function forwarded(lan: LanClient, method: unknown): method is string {
  return typeof method === 'string' && !local.has(method) && lan.paired;
}

/**
 * A client PC's calls: its own process answers those that pair it, and everything while it is
 * unpaired (a store-less PC may still set up a store of its own); the rest go to the centre PC,
 * whose answer is a `Result` of the same contract.
 */
export function forwardingDispatcher(lan: LanClient) {
  // A desktop window is `ipc:<id>` here, a small number Electron reuses after a restart; on the
  // centre PC each window must stay its own client and a restarted PC must not inherit the
  // sessions of the windows before it, so the ids sent there carry this process's own random part.
  const launch = randomBytes(12).toString('base64url');
  return async (method: unknown, input: unknown, ctx: RequestContext): Promise<Result<unknown>> => {
    if (!forwarded(lan, method)) return dispatch(method, input, ctx);
    const client = `${launch}:${ctx.client ?? 'local'}`;
    const answer = (await lan.forward(method, input, client)) as Result<unknown>;
    return method === 'printing.prepare' ? printThroughShell(lan, answer, input, ctx, client) : answer;
  };
}

/**
 * The same split for a window's HTTP calls, without parsing: a call the centre PC answers is
 * passed on as bytes (the host validates it) and its answer streamed back; null leaves the call
 * to the dispatcher above.
 */
export function relayingTo(lan: LanClient): NonNullable<HttpTransportOptions['relay']> {
  return (method) => (forwarded(lan, method) ? (body, client) => lan.relay(method, body, client) : null);
}

/** Headers passed on from the centre PC's answer; nothing that would let a copy be cached. */
const PASSED_ON = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'pragma'] as const;

/**
 * A printed document on a client PC: the centre PC made it for this window, so it is fetched from
 * there over the pinned connection and handed to the window as it came, from memory only.
 */
export async function handOverFromHost(
  lan: LanClient,
  res: ServerResponse,
  token: string,
  client: string,
): Promise<void> {
  const fetched = await lan.fetchDocument(token, client);
  if (!fetched) {
    res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ error: 'host_unreachable' }));
    return;
  }
  const headers: Record<string, string> = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
  for (const name of PASSED_ON) {
    const value = fetched.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  res.writeHead(fetched.status, headers);
  res.end(fetched.body, () => fetched.body.fill(0));
}
