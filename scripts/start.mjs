// `npm start`: build if the sources changed, then run Kesher in Electron, or in browser mode
// when Electron's binary is missing or `--browser` is given. Arguments after `--` go to the app.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  appDepsMarker,
  BUILD_SOURCES,
  buildIsStale,
  findElectronBinary,
  newestMtime,
  outputTimes,
  planStart,
} from './start-plan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
// npm and npx are .cmd scripts on Windows, which spawn only runs through a shell.
const shell = process.platform === 'win32';

function runOrExit(command, args) {
  const { status, error } = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell });
  if (status !== 0) {
    console.error(`kesher: "${command} ${args.join(' ')}" failed${error ? ` (${error.message})` : ''}`);
    process.exit(status ?? 1);
  }
}

if (buildIsStale({ outputs: outputTimes(root), newestSource: newestMtime(root, BUILD_SOURCES) })) {
  console.log('Building Kesher (the build is missing or older than the sources)...');
  runOrExit('npm', ['run', 'build']);
}

const electron = argv.includes('--browser') ? null : findElectronBinary(root);
const marker = electron ? appDepsMarker(root, electron.version) : null;
const plan = planStart({ argv, electron, appDepsReady: marker !== null && existsSync(marker), node: process.execPath });

if (plan.notice) console.log(plan.notice);
for (const step of plan.prepare) {
  runOrExit(step.command, step.args);
  if (step.marksAppDeps && marker) {
    mkdirSync(path.dirname(marker), { recursive: true });
    writeFileSync(marker, `${new Date().toISOString()}\n`);
  }
}

// An inherited ELECTRON_RUN_AS_NODE would make Electron behave as plain Node.
const env = { ...process.env };
if (plan.mode === 'electron') delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(plan.launch.command, plan.launch.args, { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
