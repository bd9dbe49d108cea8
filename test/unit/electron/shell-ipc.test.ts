import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents } from '../../fixtures/fake-electron';
import { startFakeShell } from '../../fixtures/fake-shell';
import type { Dispatcher } from '../../../electron/main/ipc';
import { methodNames } from '../../../electron/api/contract';
import { setLogSink } from '../../../electron/platform/logger';

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: 'errors.forbidden' } };

const logs: { level: string; message: string; fields: unknown }[] = [];
beforeEach(() => {
  logs.length = 0;
  setLogSink((level, message, fields) => logs.push({ level, message, fields }));
});
afterEach(() => setLogSink(null));

async function shellWithSpyDispatch() {
  const dispatch = vi.fn<Dispatcher>(async () => ({ ok: true, value: 'dispatched' }));
  const started = await startFakeShell({ dispatch });
  const invoke = (sender: { sender: unknown; senderFrame: { url: string } | null }, method: unknown, input: unknown) =>
    started.electron.ipcMain.invoke('kesher:invoke', sender as never, method, input);
  return { ...started, dispatch, invoke };
}

describe('kesher:invoke sender checks', () => {
  it('registers exactly one IPC handler, on kesher:invoke', async () => {
    const { electron } = await startFakeShell();
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['kesher:invoke']);
  });

  it('answers the preload’s one synchronous question with the contract’s method names, nothing else', async () => {
    const { electron } = await startFakeShell();
    expect([...electron.ipcMain.listeners.keys()]).toEqual(['kesher:methods']);
    expect(electron.ipcMain.sendSync('kesher:methods')).toEqual([...methodNames]);
  });

  it.each([
    ['another origin', 'https://evil.example/index.html'],
    ['a file:// page', 'file:///opt/kesher/dist/renderer/index.html'],
    ['another app:// host', 'app://evil/index.html'],
    ['a look-alike host', 'app://kesher.evil.example/index.html'],
    ['a port on the app host', 'app://kesher:1/index.html'],
    ['credentials before the host', 'app://kesher@evil/index.html'],
    ['a blob: frame', 'blob:app://kesher/5d1b2c'],
    ['about:blank', 'about:blank'],
    ['an unparseable URL', 'not a url'],
  ])('refuses a frame from %s without calling the dispatcher', async (_name, url) => {
    const { window, invoke, dispatch } = await shellWithSpyDispatch();
    const result = await invoke({ sender: window!.webContents, senderFrame: { url } }, 'system.info', {});
    expect(result).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('logs a refused call by known method name only, never its input or an unknown method string', async () => {
    const { invoke } = await shellWithSpyDispatch();
    const evil = { sender: new FakeWebContents(), senderFrame: { url: 'https://evil.example/' } };
    await invoke(evil, 'system.ping', { echo: 'Dana Levi 123456782' });
    await invoke(evil, 'Dana Levi 123456782', {});
    expect(logs).toEqual([
      { level: 'warn', message: 'ipc call from an untrusted sender refused', fields: { method: 'system.ping' } },
      { level: 'warn', message: 'ipc call from an untrusted sender refused', fields: { method: null } },
    ]);
  });

  it('refuses a call whose frame is gone', async () => {
    const { window, invoke, dispatch } = await shellWithSpyDispatch();
    expect(await invoke({ sender: window!.webContents, senderFrame: null }, 'system.info', {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame throws when read', async () => {
    const { window, invoke, dispatch } = await shellWithSpyDispatch();
    const sender = {
      sender: window!.webContents,
      get senderFrame(): { url: string } {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(await invoke(sender, 'system.info', {})).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call from other web-contents even at app://kesher', async () => {
    const { invoke, dispatch } = await shellWithSpyDispatch();
    const other = new FakeWebContents();
    const result = await invoke({ sender: other, senderFrame: { url: 'app://kesher/index.html' } }, 'system.info', {});
    expect(result).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls once the main window is destroyed', async () => {
    const { window, invoke, dispatch } = await shellWithSpyDispatch();
    window!.destroyed = true;
    const result = await invoke(
      { sender: window!.webContents, senderFrame: { url: 'app://kesher/index.html' } },
      'system.info',
      {},
    );
    expect(result).toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes a call from the main window at app://kesher to the dispatcher with the ipc transport', async () => {
    const { window, invoke, dispatch } = await shellWithSpyDispatch();
    const input = { echo: 'x' };
    const frame = { url: 'app://kesher/index.html#/participants' };
    expect(await invoke({ sender: window!.webContents, senderFrame: frame }, 'system.ping', input)).toEqual({
      ok: true,
      value: 'dispatched',
    });
    expect(dispatch).toHaveBeenCalledTimes(1);
    const [method, passedInput, ctx] = dispatch.mock.calls[0]!;
    expect(method).toBe('system.ping');
    expect(passedInput).toBe(input);
    expect(ctx.transport).toBe('ipc');
    expect(ctx.app.version).toBe('9.9.9-test');
  });
});

describe('kesher:invoke with the real dispatcher', () => {
  it("answers system.info from the main window, reporting the 'ipc' transport", async () => {
    const { electron, window } = await startFakeShell();
    const sender = { sender: window!.webContents, senderFrame: { url: 'app://kesher/index.html' } };
    const result = await electron.ipcMain.invoke('kesher:invoke', sender, 'system.info', {});
    expect(result).toMatchObject({ ok: true, value: { appName: 'Kesher', version: '9.9.9-test', transport: 'ipc' } });
  });

  it('turns an unknown method into a result, not an exception', async () => {
    const { electron, window } = await startFakeShell();
    const sender = { sender: window!.webContents, senderFrame: { url: 'app://kesher/index.html' } };
    const result = await electron.ipcMain.invoke('kesher:invoke', sender, 'fs.readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});

describe('system lock events', () => {
  it.each(['lock-screen', 'suspend'])('on %s tells the renderer and calls onSystemLock', async (powerEvent) => {
    const onSystemLock = vi.fn();
    const { electron, window } = await startFakeShell({ onSystemLock });
    electron.powerMonitor.emit(powerEvent);
    expect(window!.webContents.sent).toEqual([{ channel: 'kesher:event', args: [{ type: 'system-lock' }] }]);
    expect(onSystemLock).toHaveBeenCalledTimes(1);
  });

  it('still tells the renderer when the onSystemLock callback throws', async () => {
    const { electron, window } = await startFakeShell({
      onSystemLock: () => {
        throw new Error('store busy');
      },
    });
    expect(() => electron.powerMonitor.emit('lock-screen')).not.toThrow();
    expect(window!.webContents.sent).toHaveLength(1);
    expect(logs).toEqual([{ level: 'error', message: 'system lock handler failed', fields: { error: 'Error' } }]);
  });

  it('sends nothing to a destroyed window', async () => {
    const { electron, window } = await startFakeShell();
    window!.destroyed = true;
    electron.powerMonitor.emit('suspend');
    expect(window!.webContents.sent).toEqual([]);
  });
});
