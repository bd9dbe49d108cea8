// Types for system-packages.mjs, so its unit test is type-checked.
export interface SystemPackage {
  name: string;
  check: { executable: string } | { command: string };
}

export interface Probes {
  executable(file: string): boolean;
  command(name: string): boolean;
}

export interface Step {
  command: string;
  args: string[];
}

export type SystemPackagesPlan =
  { action: 'none' } | { action: 'install'; notice: string; steps: Step[] } | { action: 'stop'; message: string };

export declare const SYSTEM_PACKAGES: SystemPackage[];
export declare const APT_ENV: Record<string, string>;
export declare const machineProbes: Probes;
export declare function missingPackages(probes: Probes, packages?: SystemPackage[]): string[];
export declare function installCommand(missing: string[]): string;
export declare function planSystemPackages(input: {
  missing: string[];
  isRoot: boolean;
  hasAptGet: boolean;
}): SystemPackagesPlan;
export declare function ensureSystemPackages(input: {
  probes: Probes;
  isRoot: boolean;
  run(command: string, args: string[], env: Record<string, string>): number;
  log(line: string): void;
  error(line: string): void;
}): 0 | 1;
