/**
 * The only logger in the main process. It takes a fixed message and a small record of
 * identifiers (method names, ids, error classes); callers must never pass names, national
 * ids, phones or notes. Tests can silence or capture it through `setLogSink`.
 */
type Fields = Record<string, string | number | boolean | null | undefined>;
type Sink = (level: 'info' | 'warn' | 'error', message: string, fields?: Fields) => void;

const stderrSink: Sink = (level, message, fields) => {
  const suffix = fields ? ` ${JSON.stringify(fields)}` : '';
  process.stderr.write(`[kesher] ${level}: ${message}${suffix}\n`);
};

let sink: Sink = stderrSink;

export function setLogSink(next: Sink | null): void {
  sink = next ?? stderrSink;
}

export const logger = {
  info: (message: string, fields?: Fields) => sink('info', message, fields),
  warn: (message: string, fields?: Fields) => sink('warn', message, fields),
  error: (message: string, fields?: Fields) => sink('error', message, fields),
};
