import { existsSync } from 'node:fs';
import path from 'node:path';
import { createAppState, type AppState } from '../services/store/app-state';
import { startHttpTransport, type HttpTransport, type HttpTransportOptions } from '../api/transports/http';
import { appVersion, rendererDir } from '../platform/paths';
import type { StoreRuntime } from '../services/store/runtime';

export interface BrowserModeOptions {
  port?: number;
  staticDir?: string;
  runtime?: StoreRuntime;
  app?: AppState;
  /** A PC that may be a client of the centre PC (pc-mode.ts): who answers calls and hands over documents. */
  dispatcher?: HttpTransportOptions['dispatcher'];
  handOver?: HttpTransportOptions['handOver'];
  relay?: HttpTransportOptions['relay'];
}

/** Browser mode: the built renderer and the API on 127.0.0.1, guarded by a per-launch token. */
export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<HttpTransport> {
  const staticDir = options.staticDir ?? rendererDir();
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${staticDir}); run "npm run build" first.`);
  }
  const app = options.app ?? createAppState({ version: appVersion(), runtime: options.runtime ?? null });
  return startHttpTransport({
    context: { app },
    staticDir,
    port: options.port,
    dispatcher: options.dispatcher,
    handOver: options.handOver,
    relay: options.relay,
  });
}
