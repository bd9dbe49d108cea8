/**
 * Counts kept as the lists of who was counted. Every count in indicators.json is the length of
 * one of these lists, so a dashboard number and the drill-down list behind it come from the
 * same line of code and cannot disagree.
 */
import type { IndicatorMembers } from './indicator-types';

export class Tally {
  readonly members: IndicatorMembers = new Map();

  add(path: string, pid: string): void {
    const list = this.members.get(path);
    if (list === undefined) this.members.set(path, [pid]);
    else list.push(pid);
  }

  /** Registers a path with no members yet, so an empty count still has its (empty) list. */
  open(path: string): void {
    if (!this.members.has(path)) this.members.set(path, []);
  }

  count(path: string): number {
    return this.members.get(path)?.length ?? 0;
  }
}
