import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import type { Result } from '../api/result';
import { serveHandedOverDocument } from '../api/transports/http-documents';
import { LanClient } from '../services/lan/client';
import type { SecretBox } from '../services/lan/client-pairing';
import { createAppState, type AppState } from '../services/store/app-state';
import type { StoreRuntime } from '../services/store/runtime';
import type { HttpTransportOptions } from '../api/transports/http';
import { forwardingDispatcher, handOverFromHost, relayingTo } from './lan-client';

export interface PcAppOptions {
  version: string;
  runtime: StoreRuntime;
  /** The PC's data folder (the store folder): a client PC keeps only its pairing file there. */
  dataDir: string;
  /** How the device key is sealed: Electron's safeStorage where available, owner-only file otherwise. */
  box?: SecretBox;
  /** Tests bind each "PC" to its own loopback address. */
  localAddress?: string;
}

export interface PcApp {
  app: AppState;
  /** Who answers a window's calls: this PC, or the centre PC once this PC is paired. */
  dispatcher: (method: unknown, input: unknown, ctx: RequestContext) => Promise<Result<unknown>>;
  /** Browser mode only: the calls passed to the centre PC as bytes, untouched (none on a PC with a store). */
  relay?: HttpTransportOptions['relay'];
  /** Who hands a window its printed document (browser mode): this PC's, or the centre PC's once paired. */
  handOver: (req: IncomingMessage, res: ServerResponse, token: string, client: string) => Promise<void> | void;
  /** Present on a PC without a store of its own: it may still join the centre PC. */
  lanClient: LanClient | null;
}

/**
 * What this PC is, decided at start from its data folder (issue 14, item 6): a PC with a store
 * works on it as before; a PC without one may either create the centre's store (first run) or
 * connect to the centre PC, so its first screen offers both; a PC holding a pairing forwards
 * every call to the centre PC. The same composition serves Electron and browser mode.
 */
export function composePcApp(options: PcAppOptions): PcApp {
  const { runtime } = options;
  const lanClient =
    runtime.state() === 'needs_setup'
      ? new LanClient({ dataDir: options.dataDir, box: options.box, localAddress: options.localAddress })
      : null;
  const app = createAppState({ version: options.version, runtime, ...(lanClient ? { lanClient } : {}) });
  if (!lanClient)
    return {
      app,
      lanClient,
      dispatcher: dispatch,
      handOver: (req, res, token, client) => serveHandedOverDocument(req, res, app, token, client),
    };
  return {
    app,
    lanClient,
    // Unpaired, it answers for itself (set-up included); lan.connect then refuses once a store exists here.
    dispatcher: forwardingDispatcher(lanClient),
    relay: relayingTo(lanClient),
    handOver: (req, res, token, client) =>
      lanClient.paired
        ? handOverFromHost(lanClient, res, token, client)
        : serveHandedOverDocument(req, res, app, token, client),
  };
}
