import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultStoreDir } from '../../../electron/services/store/paths';

describe('default store folder', () => {
  it('is one per-machine folder on Windows, whichever Windows account runs the app', () => {
    const alice = { ProgramData: 'C:\\ProgramData', APPDATA: 'C:\\Users\\alice\\AppData\\Roaming' };
    const bob = { ProgramData: 'C:\\ProgramData', APPDATA: 'C:\\Users\\bob\\AppData\\Roaming' };
    expect(defaultStoreDir(alice, 'win32')).toBe('C:\\ProgramData\\Kesher\\store');
    expect(defaultStoreDir(bob, 'win32')).toBe(defaultStoreDir(alice, 'win32'));
  });

  it("follows the machine's ProgramData however the environment spells it, else its standard place", () => {
    expect(defaultStoreDir({ PROGRAMDATA: 'D:\\Data' }, 'win32')).toBe('D:\\Data\\Kesher\\store');
    expect(defaultStoreDir({ ALLUSERSPROFILE: 'E:\\All' }, 'win32')).toBe('E:\\All\\Kesher\\store');
    expect(defaultStoreDir({}, 'win32')).toBe('C:\\ProgramData\\Kesher\\store');
  });

  it('stays in the user data folder on Linux and macOS', () => {
    expect(defaultStoreDir({ XDG_DATA_HOME: '/home/dana/.data' }, 'linux')).toBe('/home/dana/.data/kesher/store');
    expect(defaultStoreDir({}, 'linux')).toBe(path.join(os.homedir(), '.local', 'share', 'kesher', 'store'));
    expect(defaultStoreDir({}, 'darwin')).toBe(
      path.join(os.homedir(), 'Library', 'Application Support', 'Kesher', 'store'),
    );
  });

  it('is KESHER_STORE on every platform when it is set', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      expect(defaultStoreDir({ KESHER_STORE: '/srv/centre', ProgramData: 'C:\\ProgramData' }, platform)).toBe(
        path.resolve('/srv/centre'),
      );
    }
  });
});
