import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AppState } from '../store/app-state';
import { AppError } from '../../domain/app-error';
import { StoreRuntime } from '../store/runtime';
import { createDemoCentre } from './create-demo-centre';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-data';

/** The store the app was started on, kept while a demo centre is open in its place. */
const homeRuntimes = new WeakMap<AppState, StoreRuntime>();

/**
 * "Open demo centre": a newcomer sees a populated app in one click. Only offered before the
 * real store is set up; the demo lives in a temporary folder and the app switches to it.
 */
export async function openDemoCentre(
  app: AppState,
  participants = 300,
): Promise<{ users: typeof DEMO_USERS; password: string }> {
  const home = app.runtime;
  if (!home || homeRuntimes.has(app) || home.state() !== 'needs_setup')
    throw new AppError('conflict', 'errors.demo.not_available');
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'kesher-demo-')), 'store');
  const demo = await createDemoCentre({ dir, participants });
  // The generator's runtime runs on a fixed clock for reproducible data; the app needs the real one.
  demo.runtime.close();
  homeRuntimes.set(app, home);
  app.runtime = new StoreRuntime(dir, app.now);
  return { users: DEMO_USERS, password: DEMO_PASSWORD };
}

/** Back to the real store; the demo folder is deleted. */
export function leaveDemoCentre(app: AppState): void {
  const home = homeRuntimes.get(app);
  const demo = app.runtime;
  if (!home || !demo) throw new AppError('conflict', 'errors.demo.not_open');
  demo.close();
  rmSync(path.dirname(demo.files.dir), { recursive: true, force: true });
  homeRuntimes.delete(app);
  app.runtime = home;
}

export function isDemoSession(app: AppState): boolean {
  return homeRuntimes.has(app);
}
