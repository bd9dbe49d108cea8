/**
 * The slice of Electron's API that the shell and the preload use, written by hand because
 * the electron package (and its type declarations) may be absent on a development machine.
 * The shell receives an object of this shape by injection, so the real module and the fake
 * used in unit tests are interchangeable. Signatures follow Electron 38; keep each one
 * assignable from the real declaration (overloads per event, as Electron declares them).
 */
import type { SafeStorageLike } from '../platform/os-secret-box';

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  url: string;
  isSameDocument: boolean;
  isMainFrame: boolean;
}

export interface WebPreferencesLike {
  preload?: string;
  contextIsolation?: boolean;
  sandbox?: boolean;
  nodeIntegration?: boolean;
  nodeIntegrationInWorker?: boolean;
  webSecurity?: boolean;
  allowRunningInsecureContent?: boolean;
  webviewTag?: boolean;
  spellcheck?: boolean;
  devTools?: boolean;
  /** Chromium's built-in PDF viewer (the document preview window only). */
  plugins?: boolean;
  /** A session by name; without the `persist:` prefix it lives in memory only. */
  partition?: string;
}

export interface WindowOpenDetails {
  url: string;
}

export interface WebContentsLike {
  /** Unique per web-contents for the life of the app: the IPC client's identity. */
  readonly id: number;
  on(event: 'will-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(
    event: 'will-attach-webview',
    listener: (event: PreventableEvent, webPreferences: WebPreferencesLike, params: Record<string, string>) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'allow' | 'deny' }): void;
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface BrowserWindowOptionsLike {
  width?: number;
  height?: number;
  minWidth?: number;
  minHeight?: number;
  title?: string;
  show?: boolean;
  autoHideMenuBar?: boolean;
  backgroundColor?: string;
  webPreferences?: WebPreferencesLike;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  once(event: 'ready-to-show', listener: () => void): unknown;
  once(event: 'closed', listener: () => void): unknown;
  loadURL(url: string): Promise<void>;
  show(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
}

export type BrowserWindowConstructor = new (options?: BrowserWindowOptionsLike) => BrowserWindowLike;

export interface AppLike {
  /** True when running from an installed package (app.asar), false under `npm start`. */
  readonly isPackaged: boolean;
  requestSingleInstanceLock(): boolean;
  quit(): void;
  enableSandbox(): void;
  whenReady(): Promise<void>;
  on(
    event: 'second-instance',
    listener: (event: PreventableEvent, argv: string[], workingDirectory: string) => void,
  ): unknown;
  on(event: 'web-contents-created', listener: (event: PreventableEvent, contents: WebContentsLike) => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'will-quit', listener: (event: PreventableEvent) => void): unknown;
  /** The OS language (e.g. "he", "en-US"); read after ready. */
  getLocale(): string;
}

export interface CustomSchemeLike {
  scheme: string;
  privileges?: { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean; stream?: boolean };
}

/** The part of a fetch `Request` the protocol handler reads. */
export interface ProtocolRequestLike {
  url: string;
  method: string;
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: CustomSchemeLike[]): void;
  handle(scheme: string, handler: (request: ProtocolRequestLike) => Response | Promise<Response>): void;
}

export interface HeadersReceivedDetails {
  url: string;
  responseHeaders?: Record<string, string[]>;
}

export interface HeadersReceivedResponseLike {
  responseHeaders?: Record<string, string | string[]>;
}

export interface SessionLike {
  readonly protocol: Pick<ProtocolLike, 'handle'>;
  setPermissionRequestHandler(
    handler: (webContents: WebContentsLike, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: WebContentsLike | null, permission: string) => boolean): void;
  readonly webRequest: {
    onHeadersReceived(
      listener: (details: HeadersReceivedDetails, callback: (response: HeadersReceivedResponseLike) => void) => void,
    ): void;
  };
}

export interface WebFrameLike {
  readonly url: string;
}

export interface IpcInvokeEventLike {
  readonly sender: WebContentsLike;
  readonly senderFrame: WebFrameLike | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown): void;
  /** For the one synchronous message (the method names): the answer is set on `returnValue`. */
  on(channel: string, listener: (event: { returnValue: unknown }) => void): unknown;
}

export interface SaveDialogOptionsLike {
  title?: string;
  defaultPath?: string;
  filters?: { name: string; extensions: string[] }[];
}

export interface MessageBoxOptionsLike {
  message: string;
  type?: 'none' | 'info' | 'error' | 'question' | 'warning';
  title?: string;
  detail?: string;
  buttons?: string[];
  defaultId?: number;
  cancelId?: number;
}

export interface DialogLike {
  /** Without a window: the tray asks while Kesher's window is closed. */
  showMessageBox(options: MessageBoxOptionsLike): Promise<{ response: number }>;
  showSaveDialog(
    window: BrowserWindowLike,
    options: SaveDialogOptionsLike,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
}

export interface PowerMonitorLike {
  on(event: 'lock-screen', listener: () => void): unknown;
  on(event: 'suspend', listener: () => void): unknown;
}

export interface MenuItemOptionsLike {
  label?: string;
  type?: 'normal' | 'separator';
  enabled?: boolean;
  click?: () => void;
}

/** An opaque built menu. */
export interface MenuLike {
  readonly items: unknown[];
}

export interface MenuStaticLike {
  setApplicationMenu(menu: null): void;
  buildFromTemplate(template: MenuItemOptionsLike[]): MenuLike;
}

/** An opaque image. */
export interface NativeImageLike {
  isEmpty(): boolean;
}

export interface TrayLike {
  setToolTip(toolTip: string): void;
  setContextMenu(menu: MenuLike | null): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
  isDestroyed(): boolean;
}

export type TrayConstructor = new (image: NativeImageLike) => TrayLike;

/** What the main process takes from `require('electron')`. */
export interface ElectronModule {
  app: AppLike;
  Menu: MenuStaticLike;
  BrowserWindow: BrowserWindowConstructor;
  ipcMain: IpcMainLike;
  protocol: ProtocolLike;
  session: { readonly defaultSession: SessionLike; fromPartition(partition: string): SessionLike };
  dialog: DialogLike;
  powerMonitor: PowerMonitorLike;
  Tray: TrayConstructor;
  nativeImage: { createFromDataURL(dataURL: string): NativeImageLike };
  /** Seals a client PC's device key with the OS (platform/os-secret-box.ts). */
  safeStorage: SafeStorageLike;
}

export type IpcRendererListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  sendSync(channel: string, ...args: unknown[]): unknown;
  on(channel: string, listener: IpcRendererListener): unknown;
  removeListener(channel: string, listener: IpcRendererListener): unknown;
}

/** What the sandboxed preload takes from `require('electron')`. */
export interface PreloadElectronModule {
  contextBridge: { exposeInMainWorld(apiKey: string, api: unknown): void };
  ipcRenderer: IpcRendererLike;
}
