/**
 * Counts kept as the lists of who was counted. Every count in indicators.json is the length of
 * one of these lists, so a dashboard number and the drill-down list behind it come from the
 * same line of code and cannot disagree.
 */
import type { IndicatorMembers } from './indicator-types';

export class Tally {
  readonly members: IndicatorMembers = new Map();
  /** The counts alone, when the members are not kept. */
  private readonly counts = new Map<string, number>();

  /**
   * `keepMembers: false` counts without the lists, for computeIndicators, whose callers never
   * see who was counted: an export counts half a million meetings twice (its figures, then its
   * self-check), and each list of pids was kept only to be measured.
   */
  constructor(private readonly keepMembers = true) {}

  add(path: string, pid: string): void {
    if (!this.keepMembers) {
      this.counts.set(path, (this.counts.get(path) ?? 0) + 1);
      return;
    }
    const list = this.members.get(path);
    if (list === undefined) this.members.set(path, [pid]);
    else list.push(pid);
  }

  /** Registers a path with no members yet, so an empty count still has its (empty) list. */
  open(path: string): void {
    if (!this.keepMembers) {
      if (!this.counts.has(path)) this.counts.set(path, 0);
    } else if (!this.members.has(path)) this.members.set(path, []);
  }

  count(path: string): number {
    return this.keepMembers ? (this.members.get(path)?.length ?? 0) : (this.counts.get(path) ?? 0);
  }
}
