// The decisions behind `npm test`'s first step, apart from the script that carries them out so
// they can be unit-tested without apt: which Debian packages the tests need, which are missing,
// and whether to install them (as root) or stop with the one command to run.
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** What the end-to-end tests need from the system, and how to tell it is there. */
export const SYSTEM_PACKAGES = [
  { name: 'chromium', check: { executable: '/usr/bin/chromium' } },
  { name: 'poppler-utils', check: { command: 'pdftoppm' } },
  // The export tests decrypt a bundle with the reference age tool and make identities with age-keygen.
  { name: 'age', check: { command: 'age-keygen' } },
];

/** 'a', 'a and b', 'a, b and c': package names in a sentence. */
const listed = (names) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export const APT_ENV = { DEBIAN_FRONTEND: 'noninteractive' };

/** The probes read the real machine; tests pass their own. */
export const machineProbes = {
  executable(file) {
    try {
      accessSync(file, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  command(name) {
    return (process.env.PATH ?? '')
      .split(path.delimiter)
      .some((dir) => dir && machineProbes.executable(path.join(dir, name)));
  },
};

export function missingPackages(probes, packages = SYSTEM_PACKAGES) {
  return packages
    .filter(({ check }) => (check.executable ? !probes.executable(check.executable) : !probes.command(check.command)))
    .map(({ name }) => name);
}

export function installCommand(missing) {
  return `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
}

/**
 * Nothing to do, install as root with apt-get, or stop with one line naming the command
 * (installing packages needs root, and running sudo behind the user's back would be rude).
 */
export function planSystemPackages({ missing, isRoot, hasAptGet }) {
  if (missing.length === 0) return { action: 'none' };
  if (isRoot && hasAptGet) {
    return {
      action: 'install',
      notice: `Installing system packages the tests need: ${missing.join(' ')}`,
      steps: [
        { command: 'apt-get', args: ['update', '-qq'] },
        { command: 'apt-get', args: ['install', '-y', '-qq', '--no-install-recommends', ...missing] },
      ],
    };
  }
  const command = isRoot ? installCommand(missing) : `sudo ${installCommand(missing)}`;
  return {
    action: 'stop',
    message: `The tests need the Debian packages ${listed(missing)}; run \`${command}\`, then npm test again.`,
  };
}

/**
 * Carries the plan out. `run(command, args, env)` returns the exit status. Returns the process
 * exit code: 0 when everything is present (or now installed), 1 otherwise.
 */
export function ensureSystemPackages({ probes, isRoot, run, log, error }) {
  const missing = missingPackages(probes);
  const plan = planSystemPackages({ missing, isRoot, hasAptGet: probes.command('apt-get') });
  if (plan.action === 'none') return 0;
  if (plan.action === 'stop') {
    error(plan.message);
    return 1;
  }
  log(plan.notice);
  for (const step of plan.steps) {
    const status = run(step.command, step.args, APT_ENV);
    if (status !== 0) {
      error(
        `\`${step.command} ${step.args.join(' ')}\` failed (exit ${status}); install ${missing.join(' ')} and run npm test again.`,
      );
      return 1;
    }
  }
  const still = missingPackages(probes);
  if (still.length > 0) {
    const [verb, pronoun] = still.length > 1 ? ['are', 'them'] : ['is', 'it'];
    error(`apt-get finished but ${listed(still)} ${verb} still missing; install ${pronoun} and run npm test again.`);
    return 1;
  }
  return 0;
}
