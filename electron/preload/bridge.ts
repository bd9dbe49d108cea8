import type { MethodName } from '../api/contract';
import type { KesherEvent } from '../api/events';
import { EVENT_CHANNEL, INVOKE_CHANNEL, METHODS_CHANNEL } from '../main/channels';
import type { IpcRendererLike, IpcRendererListener, PreloadElectronModule } from '../main/electron-types';

export const BRIDGE_KEY = 'kesher';

export interface PreloadBridge {
  call: Record<MethodName, (input: unknown) => Promise<unknown>>;
  onEvent(listener: (event: KesherEvent) => void): () => void;
}

/**
 * One function per contract method, each a single `invoke` on the one channel, and an
 * event subscription that hands the renderer the payload only: the renderer never gets
 * ipcRenderer, an IPC event object, or a way to pick another channel.
 */
export function buildBridge(ipcRenderer: IpcRendererLike): PreloadBridge {
  const call = Object.fromEntries(
    methodNamesFrom(ipcRenderer.sendSync(METHODS_CHANNEL)).map((method) => [
      method,
      (input: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input),
    ]),
  ) as PreloadBridge['call'];
  return {
    call: Object.freeze(call),
    onEvent(listener) {
      const forward: IpcRendererListener = (_event, payload) => {
        if (isKesherEvent(payload)) listener({ type: payload.type });
      };
      ipcRenderer.on(EVENT_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}

export function exposeBridge(electron: PreloadElectronModule): void {
  electron.contextBridge.exposeInMainWorld(BRIDGE_KEY, buildBridge(electron.ipcRenderer));
}

/** `area.method`: anything else the main process sent is dropped (it answers only contract names). */
const METHOD_NAME = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;

function methodNamesFrom(answer: unknown): MethodName[] {
  return Array.isArray(answer)
    ? answer.filter((name): name is MethodName => typeof name === 'string' && METHOD_NAME.test(name))
    : [];
}

function isKesherEvent(payload: unknown): payload is KesherEvent {
  return typeof payload === 'object' && payload !== null && (payload as { type?: unknown }).type === 'system-lock';
}
