import { randomUUID } from 'node:crypto';
import { AppError } from '../../domain/app-error';
import type { StoreRuntime } from '../store/runtime';
import { loadOrCreateLanState, writeLanState, type LanHostState, type StoredDevice } from './host-state';
import { displayCode, PairingCodes, pairingProof, type RefusalReason } from './pairing';

/** The shell's side of host mode: opening and closing the TLS listener. */
export interface LanListenerControl {
  start(port: number | null): Promise<{ addresses: string[]; port: number }>;
  stop(): Promise<void>;
}

/** How often a device's "last seen" reaches the disk; in memory it is exact. */
const LAST_SEEN_FLUSH_MS = 60_000;
/** Refused unknown certificates already in the audit log, so a retrying PC does not fill it. */
const MAX_REMEMBERED_REFUSALS = 256;

export type DeviceCheck =
  { kind: 'paired'; device: StoredDevice } | { kind: 'revoked'; device: StoredDevice } | { kind: 'unknown' };

/**
 * Host mode as the API and the LAN listener see it: the paired devices, the one pairing code,
 * and whether the listener runs. Every pairing, revocation and refused device goes to the audit
 * log by id (device id or certificate fingerprint), never by name.
 */
export class LanHost {
  private state: LanHostState | null = null;
  private listening: { addresses: string[]; port: number } | null = null;
  private readonly codes: PairingCodes;
  private lastFlushMs = 0;
  private readonly refused = new Set<string>();
  control: LanListenerControl | null = null;

  constructor(
    readonly runtime: StoreRuntime,
    private readonly nowMs: () => number = () => runtime.now().getTime(),
  ) {
    this.codes = new PairingCodes(nowMs);
  }

  /** The state, loaded (or made, certificate and all) with the open store's key. */
  async load(): Promise<LanHostState> {
    if (!this.state) this.state = await loadOrCreateLanState(this.runtime.files.dir, this.runtime.key());
    return this.state;
  }

  /** The loaded state; the listener only runs after load(), so a request never meets none. */
  private get loaded(): LanHostState {
    if (!this.state) throw new AppError('store_unavailable', 'errors.lan.host_unavailable');
    return this.state;
  }

  private save(): void {
    writeLanState(this.runtime.files.dir, this.runtime.key(), this.loaded);
    this.lastFlushMs = this.nowMs();
  }

  tlsIdentity(): { cert: string; key: string; fingerprint: string } {
    const state = this.loaded;
    return { cert: state.certPem, key: state.keyPem, fingerprint: state.fingerprint };
  }

  async status() {
    const state = await this.load();
    return {
      enabled: state.enabled,
      listening: this.listening !== null,
      addresses: this.listening?.addresses ?? [],
      port: this.listening?.port ?? null,
      fingerprint: state.fingerprint,
    };
  }

  /**
   * What the desktop shell needs without the store's key: is the listener up, and how many PCs
   * made a call within `withinMs` (the tray asks before quitting while some are working).
   */
  sharing(withinMs: number): { listening: boolean; activePcs: number } {
    const since = this.nowMs() - withinMs;
    const active = (this.state?.devices ?? []).filter(
      (d) => !d.revokedAt && d.lastSeenAt !== null && Date.parse(d.lastSeenAt) >= since,
    );
    return { listening: this.listening !== null, activePcs: active.length };
  }

  /** Starts the listener when host mode is on for this store (after the store opens, or at `serve --lan`). */
  async resume(): Promise<void> {
    const state = await this.load();
    if (state.enabled && !this.listening && this.control) this.listening = await this.control.start(state.port);
  }

  async setEnabled(enabled: boolean, port?: number) {
    const state = await this.load();
    if (!this.control) throw new AppError('store_unavailable', 'errors.lan.host_unavailable');
    state.enabled = enabled;
    if (port !== undefined) state.port = port;
    this.save();
    if (this.listening) {
      await this.control.stop();
      this.listening = null;
    }
    if (enabled) this.listening = await this.control.start(state.port);
    this.runtime.audit({ action: 'settings_changed', entity: 'lan', fields: ['enabled', ...(port ? ['port'] : [])] });
    return this.status();
  }

  async startPairing() {
    const state = await this.load();
    const { code, expiresAtMs } = this.codes.start(this.runtime.actorId());
    return { code: displayCode(code), expiresAt: new Date(expiresAtMs).toISOString(), fingerprint: state.fingerprint };
  }

  async devices() {
    const state = await this.load();
    return state.devices.map(publicDevice);
  }

  async revoke(deviceId: string) {
    const state = await this.load();
    const device = state.devices.find((d) => d.id === deviceId);
    if (!device) throw new AppError('not_found', 'errors.lan.device_not_found');
    if (!device.revokedAt) {
      device.revokedAt = new Date(this.nowMs()).toISOString();
      this.save();
      this.runtime.audit({ action: 'device_revoked', entity: 'lan_device', entityId: device.id });
    }
    return publicDevice(device);
  }

  /**
   * The calling PC unpairs itself (`lan.leave`, sent by its own `lan.disconnect`): the same
   * revocation as the coordinator's on this PC, audited alike; the entry carries that device's id.
   */
  async leave(deviceId: string | undefined) {
    if (!deviceId) throw new AppError('forbidden', 'errors.lan.not_a_device');
    return this.revoke(deviceId);
  }

  /** Who a TLS peer is, by its certificate's fingerprint. */
  check(certFingerprint: string): DeviceCheck {
    const device = this.loaded.devices.find((d) => d.certFingerprint === certFingerprint);
    if (!device) return { kind: 'unknown' };
    return device.revokedAt ? { kind: 'revoked', device } : { kind: 'paired', device };
  }

  /** A paired device made a call: remembered now, written at most once a minute. */
  seen(device: StoredDevice): void {
    const now = this.nowMs();
    device.lastSeenAt = new Date(now).toISOString();
    if (now - this.lastFlushMs >= LAST_SEEN_FLUSH_MS) this.save();
  }

  /** A peer was turned away: audited once per certificate per run (revoked devices by their id). */
  noteRefused(reason: 'unknown_device' | 'revoked_device', id: string): void {
    const key = `${reason}:${id}`;
    if (this.refused.has(key)) return;
    if (this.refused.size >= MAX_REMEMBERED_REFUSALS) this.refused.clear();
    this.refused.add(key);
    this.runtime.audit({
      actorId: null,
      action: 'device_refused',
      entity: 'lan_device',
      entityId: id,
      outcome: reason,
    });
  }

  /**
   * A device asks to pair with the proof it made from the code; on success it is registered under
   * its certificate and gets the host's proof back, so it knows it reached the PC that showed the code.
   */
  pair(
    proof: unknown,
    rawName: unknown,
    clientFingerprint: string,
  ): { ok: true; deviceId: string; hostProof: string } | { ok: false; reason: RefusalReason } {
    const state = this.loaded;
    const outcome = this.codes.redeem(proof, state.fingerprint, clientFingerprint);
    if (!outcome.ok) {
      this.runtime.audit({
        actorId: null,
        action: 'device_refused',
        entity: 'lan_device',
        entityId: clientFingerprint,
        outcome: outcome.reason,
      });
      return outcome;
    }
    const name = typeof rawName === 'string' && rawName.trim() ? rawName.trim().slice(0, 60) : 'PC';
    const existing = state.devices.find((d) => d.certFingerprint === clientFingerprint);
    // A certificate pairs once: pairing it again (after a revocation) makes a new device entry.
    if (existing) existing.certFingerprint = `replaced:${existing.id}`;
    const device: StoredDevice = {
      id: randomUUID(),
      name,
      certFingerprint: clientFingerprint,
      pairedAt: new Date(this.nowMs()).toISOString(),
      lastSeenAt: null,
      revokedAt: null,
    };
    state.devices.push(device);
    this.save();
    this.runtime.audit({
      actorId: outcome.startedBy,
      action: 'device_paired',
      entity: 'lan_device',
      entityId: device.id,
    });
    return {
      ok: true,
      deviceId: device.id,
      hostProof: pairingProof(outcome.code, 'host', state.fingerprint, clientFingerprint),
    };
  }

  async close(): Promise<void> {
    if (this.state && this.runtime.isOpen) this.save();
    if (this.listening && this.control) await this.control.stop();
    this.listening = null;
  }
}

function publicDevice(device: StoredDevice) {
  return {
    id: device.id,
    name: device.name,
    pairedAt: device.pairedAt,
    lastSeenAt: device.lastSeenAt,
    revokedAt: device.revokedAt,
  };
}
