import { AppError } from '../../domain/app-error';
import { logger } from '../../platform/logger';
import { DEFAULT_LAN_PORT } from '../../domain/lan';
import { forgetPairing, plainBox, readPairing, writePairing, type SecretBox } from './client-pairing';
import {
  HostConnection,
  pairWithHost,
  type FetchedDocument,
  type ForwardedResult,
  type RelayedAnswer,
} from './host-connection';

export interface LanClientOptions {
  /** The client PC's own folder: it holds the pairing file and nothing else. */
  dataDir: string;
  box?: SecretBox;
  /** Tests bind each "PC" to its own loopback address. */
  localAddress?: string;
}

/**
 * A PC working on the centre PC's store: its pairing, and the connection every API call of its
 * own windows goes through. Records pass through memory only; nothing of them is written here.
 */
export class LanClient {
  private connection: HostConnection | null = null;
  private readonly box: SecretBox;

  constructor(private readonly options: LanClientOptions) {
    this.box = options.box ?? plainBox;
    let pairing: ReturnType<typeof readPairing> = null;
    try {
      pairing = readPairing(options.dataDir, this.box);
    } catch (error) {
      // Sealed by the OS for another account, or the OS's protection is gone: unusable here, so
      // the PC starts unpaired and its screen offers connecting again (which replaces the file).
      logger.warn('the pairing file cannot be opened here', {
        error: error instanceof Error ? error.name : typeof error,
      });
    }
    if (pairing) this.connection = new HostConnection(pairing, options.localAddress);
    // A pairing written while the OS offered no protection is sealed now that it does.
    if (pairing && this.box.kind === 'os') writePairing(options.dataDir, pairing, this.box);
  }

  get paired(): boolean {
    return this.connection !== null;
  }

  status() {
    const pairing = this.connection?.pairing ?? null;
    return {
      mode: pairing ? ('client' as const) : ('standalone' as const),
      host: pairing?.host ?? null,
      port: pairing?.port ?? null,
      fingerprint: pairing?.hostFingerprint ?? null,
      reachable: this.connection?.reachable ?? null,
      keyProtection: pairing ? this.box.kind : null,
    };
  }

  async connect(input: { host: string; port?: number; code: string; deviceName: string; fingerprint?: string }) {
    // Public, so only while unpaired: otherwise anyone at the PC could move it to another "centre PC".
    // A PC the coordinator removed may be connected again (its screen offers exactly that).
    if (this.connection && !(await this.removedByHost())) throw new AppError('conflict', 'errors.lan.already_paired');
    const pairing = await pairWithHost({
      host: input.host,
      port: input.port ?? DEFAULT_LAN_PORT,
      code: input.code,
      deviceName: input.deviceName,
      expectedFingerprint: input.fingerprint,
      localAddress: this.options.localAddress,
    });
    writePairing(this.options.dataDir, pairing, this.box);
    this.connection?.close();
    this.connection = new HostConnection(pairing, this.options.localAddress);
    return this.status();
  }

  /**
   * Unpairs this PC in the name of `client` (the window that asked). The centre PC decides: it
   * unpairs the device only for a coordinator signed in at that window (`lan.leave`), so nobody
   * walking up to the PC can take it off the centre. A PC the centre PC already removed forgets
   * its useless pairing at once; an unreachable centre PC leaves the pairing as it is.
   */
  async disconnect(client: string) {
    if (!this.connection) return this.status();
    const answer = await this.connection.call('lan.leave', {}, client);
    if (!answer.ok && answer.error?.message !== 'errors.lan.device_revoked') {
      if (answer.error?.code === 'store_unavailable')
        throw new AppError('store_unavailable', 'errors.lan.disconnect_unreachable');
      throw new AppError('forbidden', 'errors.lan.disconnect_needs_coordinator');
    }
    this.forget();
    return this.status();
  }

  /** True when the centre PC answers that it removed this device (its pairing can then be replaced). */
  private async removedByHost(): Promise<boolean> {
    const answer = await this.connection!.call('system.ping', {}, 'pairing-check');
    return answer.error?.message === 'errors.lan.device_revoked';
  }

  private forget(): void {
    this.connection?.close();
    this.connection = null;
    forgetPairing(this.options.dataDir);
  }

  /** One call of one of this PC's windows, answered by the centre PC. */
  forward(method: string, input: unknown, client: string): Promise<ForwardedResult> {
    if (!this.connection) throw new AppError('store_unavailable', 'errors.lan.not_paired');
    return this.connection.call(method, input, client);
  }

  /** The same, with the body passed on as the window sent it and the answer handed back as the host's bytes. */
  relay(method: string, body: Buffer, client: string): Promise<RelayedAnswer> {
    if (!this.connection) throw new AppError('store_unavailable', 'errors.lan.not_paired');
    return this.connection.relay(method, body, client);
  }

  /** A one-time document the centre PC made for one of this PC's windows; null if unreachable or unpaired. */
  fetchDocument(token: string, client: string): Promise<FetchedDocument | null> {
    return this.connection ? this.connection.fetchDocument(token, client) : Promise.resolve(null);
  }

  close(): void {
    this.connection?.close();
  }
}
