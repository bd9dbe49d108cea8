import { existsSync, readdirSync } from 'node:fs';
import { AppError } from '../../api/result';
import { createDemoCentre, fillDemoCentre } from '../../services/demo/create-demo-centre';
import { DEMO_PASSWORD, DEMO_USERS } from '../../services/demo/demo-data';
import { StoreRuntime } from '../../services/store/runtime';
import { UsageError, type CliIo } from '../io';
import { flag, type Flags } from './store-commands';

const MAX_PARTICIPANTS = 200_000;

function wholeNumber(flags: Flags, name: string, fallback: number, min: number, max: number): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}`);
  return value;
}

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).every((name) => name === 'store.lock');
}

function printSignIn(io: CliIo, dir: string, participants: number): void {
  io.out(`Demo centre: ${dir} (${participants} invented participants)`);
  io.out(`Every demo account signs in with the password: ${DEMO_PASSWORD}`);
  for (const user of DEMO_USERS) io.out(`  ${user.username.padEnd(18)} ${user.role.padEnd(12)} ${user.displayName}`);
}

/**
 * `kesher demo --store DIR [--participants N] [--seed S]`: creates a demo store in an empty
 * folder, or adds N invented participants to a demo store already there. A store that the
 * demo coordinator's password does not open, or that is not marked as a demo, is refused.
 */
export async function demoCommand(io: CliIo, flags: Flags): Promise<number> {
  const dir = flag(flags, 'store');
  const participants = wholeNumber(flags, 'participants', 300, 1, MAX_PARTICIPANTS);
  const seed = wholeNumber(flags, 'seed', 1, 0, 0xffffffff);

  if (isEmptyFolder(dir)) {
    const demo = await createDemoCentre({ dir, participants, seed });
    demo.runtime.close();
    printSignIn(io, demo.runtime.files.dir, demo.participants);
    return 0;
  }

  const runtime = new StoreRuntime(dir);
  try {
    const coordinator = DEMO_USERS.find((user) => user.role === 'coordinator');
    try {
      if (!coordinator || runtime.state() !== 'ready') throw new AppError('conflict');
      await runtime.signIn(coordinator.username, DEMO_PASSWORD);
    } catch (error) {
      // Wrong credentials or no usable store: not ours to fill. Anything else (in use, damaged) is reported as is.
      if (!(error instanceof AppError) || (error.code !== 'wrong_password' && error.code !== 'conflict')) throw error;
      io.err(`kesher: ${dir} holds something other than a demo store; it was left untouched.`);
      return 1;
    }
    if (!runtime.isDemo()) {
      io.err(`kesher: ${dir} is not marked as a demo store; it was left untouched.`);
      return 1;
    }
    const total = fillDemoCentre(runtime, { participants, seed });
    printSignIn(io, runtime.files.dir, total);
    return 0;
  } finally {
    runtime.close();
  }
}
