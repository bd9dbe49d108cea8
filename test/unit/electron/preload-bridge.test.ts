import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFakePreloadElectron } from '../../fixtures/fake-electron';
import { methodNames } from '../../../electron/api/contract';
import { exposeBridge, type PreloadBridge } from '../../../electron/preload/bridge';

function exposedBridge(answerSync?: (channel: string) => unknown) {
  const fake = createFakePreloadElectron(answerSync);
  exposeBridge(fake.electron);
  return { ...fake, bridge: fake.exposed.get('kesher') as PreloadBridge };
}

describe('preload bridge', () => {
  it("exposes exactly one key, 'kesher', holding only call and onEvent", () => {
    const { exposed, bridge } = exposedBridge();
    expect([...exposed.keys()]).toEqual(['kesher']);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'onEvent']);
  });

  it('has one call function per contract method and no other', () => {
    const { bridge } = exposedBridge();
    expect(Object.keys(bridge.call).sort()).toEqual([...methodNames].sort());
    for (const method of methodNames) expect(typeof bridge.call[method]).toBe('function');
  });

  it('builds its calls from the names the main process answers, never from the contract (whose schemas would bundle into every window)', () => {
    const asked: string[] = [];
    const { bridge } = exposedBridge((channel) => {
      asked.push(channel);
      return ['system.ping', 'auth.signIn', 'not a method', 'constructor', 42, 'a.b.c', '__proto__.x'];
    });
    expect(asked).toEqual(['kesher:methods']);
    expect(Object.keys(bridge.call).sort()).toEqual(['auth.signIn', 'system.ping']);
  });

  it('exposes no calls when the main process answers something that is not a list', () => {
    for (const answer of [undefined, null, 'system.ping', { 'system.ping': true }]) {
      expect(Object.keys(exposedBridge(() => answer).bridge.call)).toEqual([]);
    }
  });

  it('bundles small: no contract schemas and no zod in the script every window loads', async () => {
    // Bundled as scripts/build-node.mjs bundles it for Electron.
    const built = await build({
      entryPoints: [path.resolve(__dirname, '../../../electron/preload/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron'],
      write: false,
      logLevel: 'silent',
    });
    const code = built.outputFiles[0]!.text;
    expect(code).not.toMatch(/zod|ZodError|z\.object/);
    expect(code.length).toBeLessThan(20_000);
  });

  it('sends each call as one invoke on kesher:invoke with the method and the input', async () => {
    const { bridge, invocations } = exposedBridge();
    const input = { echo: 'shalom' };
    const result = await bridge.call['system.ping'](input);
    expect(invocations).toEqual([{ channel: 'kesher:invoke', args: ['system.ping', input] }]);
    expect(result).toEqual({ ok: true, value: { channel: 'kesher:invoke', args: ['system.ping', input] } });
  });

  it('passes only the event payload to subscribers, never the IPC event, until unsubscribed', () => {
    const { bridge, ipcRenderer } = exposedBridge();
    const received: unknown[][] = [];
    const unsubscribe = bridge.onEvent((...args: unknown[]) => received.push(args));
    const ipcEvent = { sender: ipcRenderer };
    ipcRenderer.emit('kesher:event', ipcEvent, { type: 'system-lock' });
    ipcRenderer.emit('kesher:event', ipcEvent, { type: 'something-else' });
    ipcRenderer.emit('other-channel', ipcEvent, { type: 'system-lock' });
    expect(received).toEqual([[{ type: 'system-lock' }]]);
    unsubscribe();
    ipcRenderer.emit('kesher:event', ipcEvent, { type: 'system-lock' });
    expect(received).toHaveLength(1);
    expect(ipcRenderer.count('kesher:event')).toBe(0);
  });
});
