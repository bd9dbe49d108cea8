// The e2e suite beside a CPU hog: issue 12 asks that it pass three times in a row while another
// process keeps both cores busy, as on a shared office PC or a loaded CI runner.
//   npm run test:e2e:load                                  whole suite, 3 runs, 2 hog processes
//   npm run test:e2e:load -- --runs 5 --hogs 2 test/e2e/security.e2e.ts test/e2e/security-en.e2e.ts
// Needs `npm run build` first, like test:e2e. Prints each run's result and exits non-zero if any
// run failed. The hog processes are this script's own children and end with it.
import { fork, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { runs: 3, hogs: 2, files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--runs' || arg === '--hogs') {
      const value = Number(argv[(i += 1)]);
      if (!Number.isInteger(value) || value < (arg === '--runs' ? 1 : 0))
        throw new Error(`${arg} needs a whole number`);
      options[arg.slice(2)] = value;
    } else options.files.push(arg);
  }
  return options;
}

/** A child that spins on the CPU until killed: the "another process busy on both cores" of the issue. */
function startHog() {
  const child = fork(fileURLToPath(import.meta.url), ['--hog'], { stdio: 'ignore' });
  return child;
}

function spin() {
  // Busy arithmetic, never yielding: each hog takes one core for as long as it lives.
  let x = 0;
  for (;;) x = (x * 1103515245 + 12345) % 2147483648;
}

function runSuite(files) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...files],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const keep = (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      // vitest's own summary lines, without colour codes, say what passed and failed.
      // eslint-disable-next-line no-control-regex
      const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
      const tests = /Tests\s+(.+?)\s*\(\d+\)/.exec(plain)?.[1] ?? 'no summary';
      const failed = [...plain.matchAll(/^\s*(?:×|FAIL)\s+(.+)$/gm)].map((m) => m[1].trim());
      resolve({ code, seconds: (Date.now() - started) / 1000, tests, failed: [...new Set(failed)] });
    });
  });
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const hogs = Array.from({ length: options.hogs }, startHog);
  const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
  process.on('exit', stopHogs);
  process.on('SIGINT', () => process.exit(130));
  process.on('SIGTERM', () => process.exit(143));
  console.log(
    `e2e under load: ${options.runs} run(s), ${options.hogs} CPU hog process(es) on ${availableParallelism()} core(s), ` +
      `files: ${options.files.length ? options.files.join(' ') : 'the whole suite'}`,
  );
  const results = [];
  for (let run = 1; run <= options.runs; run += 1) {
    const result = await runSuite(options.files);
    results.push(result);
    console.log(
      `\n[e2e under load] run ${run}/${options.runs}: ${result.code === 0 ? 'PASSED' : 'FAILED'} · ${result.tests} · ${result.seconds.toFixed(0)} s`,
    );
    for (const name of result.failed) console.log(`  failed: ${name}`);
  }
  stopHogs();
  console.log('\n[e2e under load] summary');
  results.forEach((r, i) =>
    console.log(`  run ${i + 1}: ${r.code === 0 ? 'passed' : 'FAILED'} · ${r.tests} · ${r.seconds.toFixed(0)} s`),
  );
  process.exitCode = results.every((r) => r.code === 0) ? 0 : 1;
}

if (process.argv[2] === '--hog') spin();
else await main();
