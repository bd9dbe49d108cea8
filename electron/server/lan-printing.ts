import type { RequestContext } from '../api/context';
import type { Result } from '../api/result';
import { HANDOFF_PATH } from '../services/printing/deliver';
import type { LanClient } from '../services/lan/client';

type Prepared = { url: string | null; saved: boolean };

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'store_unavailable', message: 'errors.lan.host_unreachable' },
};

function fileNameOf(disposition: unknown): string {
  const name = typeof disposition === 'string' ? /filename="([^"]+)"/.exec(disposition)?.[1] : undefined;
  return name ?? 'document.pdf';
}

/**
 * Printing in the desktop app on a client PC. The centre PC answers a client PC's
 * `printing.prepare` as it answers a browser: with a one-time address on its own server, which
 * the window of an Electron client cannot open (the window talks only to its own main process).
 * So the main process fetches the document over the pinned connection, for this window only,
 * and shows it in the shell's preview window or asks where to save it, from memory, exactly as
 * on the centre PC itself. The centre PC has already audited the hand-over.
 */
export async function printThroughShell(
  lan: LanClient,
  answer: Result<unknown>,
  input: unknown,
  ctx: RequestContext,
  /** The window as the centre PC knows it (forwardingDispatcher's id). */
  client: string,
): Promise<Result<unknown>> {
  const viewer = ctx.app.documentViewer;
  if (!answer.ok || ctx.transport !== 'ipc' || !viewer) return answer;
  const { url } = answer.value as Prepared;
  if (typeof url !== 'string' || !url.startsWith(HANDOFF_PATH)) return answer;
  const fetched = await lan.fetchDocument(url.slice(HANDOFF_PATH.length), client);
  if (!fetched || fetched.status !== 200) return unreachable;
  const fileName = fileNameOf(fetched.headers['content-disposition']);
  const purpose = (input as { purpose?: unknown } | null)?.purpose;
  try {
    if (purpose === 'save')
      return { ok: true, value: { url: null, saved: await viewer.saveAs({ bytes: fetched.body, fileName }) } };
    viewer.show({ bytes: fetched.body, title: fileName });
    return { ok: true, value: { url: null, saved: false } };
  } finally {
    // The viewer keeps its own copy while the preview is open; a saved file is on disk by now.
    if (purpose === 'save') fetched.body.fill(0);
  }
}
