import type { AppState } from '../services/store/app-state';
import { LanHost } from '../services/lan/host';
import { startLanTransport, type LanTransport } from '../api/transports/https-lan';
import { DEFAULT_LAN_PORT } from '../domain/lan';

export interface LanHostOptions {
  app: AppState;
  /** Address to listen on; every interface unless given (tests use 127.0.0.x). */
  host?: string;
  /** Turns host mode on for this store at the first open (`kesher serve --lan`), with this port. */
  enable?: { port?: number };
  /** How often to look whether the store has been opened; the listener's key needs the store key. */
  pollMs?: number;
}

export interface RunningLanHost {
  lan: LanHost;
  /** Resolves once the store is open and, if host mode is on, the listener is up. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Host mode in a running app (the CLI's `serve --lan`, Electron's main process): the LAN
 * listener starts as soon as someone has opened the store on this PC (its TLS key is sealed
 * with the store key) and stays up through locks and sign-outs until the app quits.
 */
export function startLanHost(options: LanHostOptions): RunningLanHost {
  const runtime = options.app.runtime;
  if (!runtime) throw new Error('host mode needs a store');
  const lan = new LanHost(runtime);
  let transport: LanTransport | null = null;
  lan.control = {
    start: async (port) => {
      transport = await startLanTransport({
        context: { app: options.app },
        lan,
        host: options.host,
        port: port ?? DEFAULT_LAN_PORT,
      });
      return { addresses: transport.addresses, port: transport.port };
    },
    stop: async () => {
      await transport?.close();
      transport = null;
    },
  };
  options.app.lanHost = lan;

  let timer: NodeJS.Timeout | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    const attempt = () => {
      if (!runtime.isOpen) return;
      if (timer) clearInterval(timer);
      timer = null;
      const start = async () => {
        const state = await lan.load();
        const wanted = options.enable;
        // `--lan` turns host mode on (and keeps it on); without it, a store that had it on resumes it.
        if (wanted && (!state.enabled || (wanted.port !== undefined && state.port !== wanted.port)))
          await lan.setEnabled(true, wanted.port);
        else await lan.resume();
      };
      start().then(resolve, reject);
    };
    timer = setInterval(attempt, options.pollMs ?? 500);
    timer.unref();
    attempt();
  });
  return {
    lan,
    ready,
    close: async () => {
      if (timer) clearInterval(timer);
      await lan.close();
    },
  };
}
