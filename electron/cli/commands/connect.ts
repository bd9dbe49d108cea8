import { startLanClientMode } from '../../server/lan-client';
import { rendererDir } from '../../platform/paths';
import { describeError, UsageError, type CliIo } from '../io';
import type { Flags } from './store-commands';
import { portFlag } from './serve';
import { pairingCodeSchema, hostAddressSchema } from '../../api/contracts/lan';
import { DEFAULT_LAN_PORT } from '../../domain/lan';

/**
 * `kesher connect`: this PC as a client of the centre PC, without Electron. With --host and
 * --code it pairs first; then it serves the renderer on 127.0.0.1 and forwards every call.
 * --data is the PC's own folder, which only ever holds the pairing.
 */
export async function connectCommand(io: CliIo, flags: Flags): Promise<number> {
  if (!flags.data) throw new UsageError('--data DIR is required');
  const port = portFlag(flags.port, 0);
  const client = await startLanClientMode({
    dataDir: flags.data,
    staticDir: flags['api-only'] ? undefined : rendererDir(),
    port,
  });
  try {
    if (flags.code !== undefined || flags.host !== undefined) {
      const code = pairingCodeSchema.safeParse(flags.code ?? '');
      const host = hostAddressSchema.safeParse(flags.host ?? '');
      if (!code.success || !host.success) throw new UsageError('--host ADDR and --code XXXX-XXXX go together');
      const status = await client.lan.connect({
        host: host.data,
        port: flags['lan-port'] === undefined ? DEFAULT_LAN_PORT : portFlag(flags['lan-port'], DEFAULT_LAN_PORT),
        code: code.data,
        deviceName: flags.name ?? 'Office PC',
        fingerprint: flags.fingerprint,
      });
      io.out(`Connected to the centre PC ${status.host}; its certificate: ${status.fingerprint}`);
    } else if (!client.lan.paired) throw new UsageError('this PC is not paired yet: give --host and --code');
  } catch (error) {
    await client.close();
    if (error instanceof UsageError) throw error;
    io.err(`kesher: ${describeError(error)}`);
    return 1;
  }
  io.out(`Kesher is running as a client of the centre PC: ${client.http.url}`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await client.close();
  return 0;
}
