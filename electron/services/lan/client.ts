import { AppError } from '../../domain/app-error';
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
    const pairing = readPairing(options.dataDir, this.box);
    if (pairing) this.connection = new HostConnection(pairing, options.localAddress);
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
    };
  }

  async connect(input: { host: string; port?: number; code: string; deviceName: string; fingerprint?: string }) {
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

  disconnect() {
    this.connection?.close();
    this.connection = null;
    forgetPairing(this.options.dataDir);
    return this.status();
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
