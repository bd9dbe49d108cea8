import { parseArgs } from 'node:util';
import { startBrowserMode } from '../server/browser-mode';

const usage = `Usage: kesher <command> [options]

Commands:
  serve [--port N]     Serve Kesher in browser mode on 127.0.0.1 and print its URL
  help                 Show this help`;

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve(rest);
    case 'help':
    case '--help':
    case undefined:
      process.stdout.write(`${usage}\n`);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`kesher: unknown command "${command}" (see "kesher help")\n`);
      return 2;
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { port: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('kesher: --port must be a number from 0 to 65535\n');
    return 2;
  }
  const server = await startBrowserMode({ port });
  process.stdout.write(`Kesher is running in browser mode: ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
