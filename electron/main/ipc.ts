import type { RequestContext } from '../api/context';
import type { AppState } from '../services/store/app-state';
import { isMethodName, methodNames } from '../api/contract';
import { dispatch as defaultDispatch } from '../api/dispatch';
import type { KesherEvent } from '../api/events';
import { fail, type Result } from '../api/result';
import { logger } from '../platform/logger';
import { EVENT_CHANNEL, INVOKE_CHANNEL, METHODS_CHANNEL } from './channels';
import type { BrowserWindowLike, IpcInvokeEventLike, IpcMainLike, WebContentsLike } from './electron-types';
import { APP_ORIGIN } from './protocol';

export type Dispatcher = (method: unknown, input: unknown, ctx: RequestContext) => Promise<Result<unknown>>;

export interface IpcOptions {
  app: AppState;
  /** The main window's web-contents, or null while there is none. */
  mainWebContents: () => WebContentsLike | null;
  dispatch?: Dispatcher;
}

/**
 * Only the main window's own document may call the API: the sending frame must still exist
 * and be at `app://kesher`, and the sender must be the main window's web-contents.
 */
export function isTrustedSender(event: IpcInvokeEventLike, mainWebContents: WebContentsLike | null): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || !mainWebContents || event.sender !== mainWebContents) return false;
    return originOf(frame.url) === APP_ORIGIN;
  } catch {
    // Reading a frame that navigated away or was destroyed can throw; such a sender is not trusted.
    return false;
  }
}

/** WHATWG URL reports "null" as the origin of custom schemes, so it is rebuilt from its parts. */
function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The `kesher:invoke` handler. Like `dispatch`, it never throws; refusals are `forbidden` results. */
export function createInvokeHandler(options: IpcOptions) {
  const dispatch = options.dispatch ?? defaultDispatch;
  return async (event: IpcInvokeEventLike, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(event, options.mainWebContents())) {
      // Only a known method name is logged: anything else the sender chose could carry personal data.
      logger.warn('ipc call from an untrusted sender refused', { method: isMethodName(method) ? method : null });
      return fail('forbidden');
    }
    // One window is one client: its own session and idle lock.
    return dispatch(method, input, { app: options.app, transport: 'ipc', client: `ipc:${event.sender.id}` });
  };
}

export function registerIpc(ipcMain: IpcMainLike, options: IpcOptions): void {
  const handler = createInvokeHandler(options);
  ipcMain.handle(INVOKE_CHANNEL, (event, method, input) => handler(event, method, input));
  // Names only, no capability: each call is still checked by the invoke handler above.
  ipcMain.on(METHODS_CHANNEL, (event) => {
    event.returnValue = [...methodNames];
  });
}

export function sendEvent(window: BrowserWindowLike | null, event: KesherEvent): void {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(EVENT_CHANNEL, event);
}
