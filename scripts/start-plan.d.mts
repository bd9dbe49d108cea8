// Types for start-plan.mjs, so its unit test is type-checked.
export declare const BROWSER_FALLBACK_NOTICE: string;
export declare const BUILD_OUTPUTS: string[];
export declare const BUILD_SOURCES: string[];

export interface ElectronInstall {
  binary: string;
  version: string;
}

export interface Step {
  command: string;
  args: string[];
  marksAppDeps?: boolean;
}

export interface StartPlan {
  mode: 'electron' | 'browser';
  notice: string | null;
  prepare: Step[];
  launch: Step;
}

export declare function newestMtime(root: string, relativePaths: string[]): number;
export declare function outputTimes(root: string, relativePaths?: string[]): (number | null)[];
export declare function buildIsStale(input: { outputs: (number | null)[]; newestSource: number }): boolean;
export declare function findElectronBinary(root: string): ElectronInstall | null;
export declare function appDepsMarker(root: string, electronVersion: string): string;
export declare function planStart(input: {
  argv: string[];
  electron: ElectronInstall | null;
  appDepsReady: boolean;
  node: string;
}): StartPlan;
