import { describe, expect, it } from 'vitest';
import {
  APT_ENV,
  ensureSystemPackages,
  machineProbes,
  missingPackages,
  planSystemPackages,
  type Probes,
} from '../../scripts/system-packages.mjs';

/** A machine that has exactly the given executables and commands (apt-get unless told). */
function machine(present: string[], { aptGet = true } = {}): Probes {
  return {
    executable: (file) => present.includes(file),
    command: (name) => present.includes(name) || (name === 'apt-get' && aptGet),
  };
}

function runWith(probes: Probes, isRoot: boolean, status = 0) {
  const commands: string[] = [];
  const logged: string[] = [];
  const errors: string[] = [];
  const code = ensureSystemPackages({
    probes,
    isRoot,
    run: (command, args, env) => {
      commands.push(
        `${Object.entries(env)
          .map(([k, v]) => `${k}=${v} `)
          .join('')}${command} ${args.join(' ')}`,
      );
      return status;
    },
    log: (line) => logged.push(line),
    error: (line) => errors.push(line),
  });
  return { code, commands, logged, errors };
}

describe('system packages for npm test', () => {
  it('does nothing when Chromium, pdftoppm and age-keygen are present', () => {
    const result = runWith(machine(['/usr/bin/chromium', 'pdftoppm', 'age-keygen']), false);
    expect(result).toEqual({ code: 0, commands: [], logged: [], errors: [] });
  });

  it('names what is missing: Chromium by its path, poppler and age by a command on the PATH', () => {
    expect(missingPackages(machine(['pdftoppm', 'age-keygen']))).toEqual(['chromium']);
    expect(missingPackages(machine(['/usr/bin/chromium', 'age-keygen']))).toEqual(['poppler-utils']);
    expect(missingPackages(machine(['/usr/bin/chromium', 'pdftoppm']))).toEqual(['age']);
    expect(missingPackages(machine(['chromium', '/usr/bin/pdftoppm', 'age']))).toEqual([
      'chromium',
      'poppler-utils',
      'age',
    ]);
  });

  it('installs the missing ones quietly with apt-get when running as root', () => {
    const result = runWith(machine(['pdftoppm', 'age-keygen']), true);
    expect(result.commands).toEqual([
      'DEBIAN_FRONTEND=noninteractive apt-get update -qq',
      'DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
    ]);
    expect(result.logged).toEqual(['Installing system packages the tests need: chromium']);
    expect(APT_ENV).toEqual({ DEBIAN_FRONTEND: 'noninteractive' });
  });

  it('fails when apt-get fails or leaves the package missing', () => {
    const failed = runWith(machine([]), true, 100);
    expect(failed.code).toBe(1);
    expect(failed.commands).toHaveLength(1);
    expect(failed.errors).toEqual([
      '`apt-get update -qq` failed (exit 100); install chromium poppler-utils age and run npm test again.',
    ]);
    // The fake apt-get "succeeds" but the machine still lacks both.
    expect(runWith(machine([]), true).errors).toEqual([
      'apt-get finished but chromium, poppler-utils and age are still missing; install them and run npm test again.',
    ]);
  });

  it('stops with one line naming the command when not root, and runs nothing', () => {
    const result = runWith(machine([]), false);
    expect(result.code).toBe(1);
    expect(result.commands).toEqual([]);
    expect(result.errors).toEqual([
      'The tests need the Debian packages chromium, poppler-utils and age; run `sudo apt-get install -y --no-install-recommends chromium poppler-utils age`, then npm test again.',
    ]);
  });

  it('stops with the command when root but apt-get is not there', () => {
    expect(planSystemPackages({ missing: ['poppler-utils'], isRoot: true, hasAptGet: false })).toEqual({
      action: 'stop',
      message:
        'The tests need the Debian packages poppler-utils; run `apt-get install -y --no-install-recommends poppler-utils`, then npm test again.',
    });
  });

  it('probes the real machine through the file system and PATH', () => {
    expect(machineProbes.executable(process.execPath)).toBe(true);
    expect(machineProbes.executable('/nonexistent/kesher-test')).toBe(false);
    expect(machineProbes.command('sh')).toBe(true);
    expect(machineProbes.command('kesher-no-such-command')).toBe(false);
  });
});
