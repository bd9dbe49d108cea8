import type http from 'node:http';
import type { AppState } from '../../services/store/app-state';
import { withClient } from '../../services/store/client-sessions';

/** Headers of every answer on the hand-over path: nothing may be cached, on disk or anywhere. */
const NO_STORE = {
  'Cache-Control': 'no-store, max-age=0',
  Pragma: 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

function refuse(res: http.ServerResponse, status: number, error: string): void {
  res.writeHead(status, { ...NO_STORE, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify({ error }));
}

/**
 * `GET /documents/<token>`: a generated PDF, once, to the tab that asked for it. The caller has
 * already passed the transport's host, origin and launch-token checks and named its client; the
 * document must have been made for that client, not have expired, and that client's session must
 * still be the same person's and unlocked. The bytes are zero-filled once written out.
 */
export function serveHandedOverDocument(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  app: AppState,
  token: string,
  client: string,
): void {
  if (req.method !== 'GET') return refuse(res, 405, 'method_not_allowed');
  const taken = app.documents.take(token, client);
  if (!taken.ok) return refuse(res, taken.reason === 'other_client' ? 403 : 404, taken.reason);
  const { document } = taken;
  const userId = withClient(client, () => app.runtime?.activeSession()?.userId ?? null);
  if (userId !== document.userId) {
    document.bytes.fill(0);
    return refuse(res, 403, 'session_changed');
  }
  res.writeHead(200, {
    ...NO_STORE,
    'Content-Type': 'application/pdf',
    'Content-Length': document.bytes.length,
    'Content-Disposition': `${document.disposition}; filename="${document.fileName}"`,
  });
  res.end(document.bytes, () => document.bytes.fill(0));
}
