import { createAppState } from '../services/store/app-state';
import { LanClient } from '../services/lan/client';
import type { SecretBox } from '../services/lan/client-pairing';
import { startHttpTransport, type HttpTransport } from '../api/transports/http';
import { dispatch } from '../api/dispatch';
import { clientLocalMethods } from '../api/contracts/lan';
import { appVersion } from '../platform/paths';

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
    dispatcher: (method, input, ctx) =>
      method === null || local.has(method) || !lan.paired
        ? dispatch(method, input, ctx)
        : lan.forward(method, input, ctx.client ?? 'local'),
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
