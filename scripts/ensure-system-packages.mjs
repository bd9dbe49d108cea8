// `npm test`'s first step: the end-to-end tests drive Debian's Chromium and read PDFs with
// poppler's pdftoppm. Installs them with apt-get when missing and running as root; otherwise
// stops with one line naming the command to run.
import { spawnSync } from 'node:child_process';
import { ensureSystemPackages, machineProbes } from './system-packages.mjs';

process.exitCode = ensureSystemPackages({
  probes: machineProbes,
  isRoot: process.getuid?.() === 0,
  run(command, args, env) {
    // apt's progress would bury the test output; its errors still show.
    const result = spawnSync(command, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...env },
    });
    return result.status ?? 1;
  },
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
