import { browserCredentials } from '../../api/transport';

/** How long the page keeps a document's in-memory URL: enough for the new tab to load it. */
const KEEP_OBJECT_URL_MS = 60_000;

/** The file name the server gave in Content-Disposition (ASCII: type, record id and date). */
export function fileNameOf(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'document.pdf';
}

/**
 * Browser mode: fetches a one-time document with this tab's own credentials and hands it to the
 * browser from memory: a new tab whose PDF viewer prints, or a download the browser saves where
 * it is told. Nothing passes through the HTTP cache (the server answers no-store).
 */
export async function handOver(url: string, purpose: 'print' | 'save'): Promise<void> {
  const credentials = browserCredentials();
  if (!credentials) throw new Error('no browser credentials');
  const response = await fetch(url, {
    headers: { 'x-kesher-token': credentials.token, 'x-kesher-client': credentials.client },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = new Blob([await response.arrayBuffer()], { type: 'application/pdf' });
  const objectUrl = URL.createObjectURL(blob);
  if (purpose === 'print') {
    window.open(objectUrl, '_blank');
  } else {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = fileNameOf(response.headers.get('content-disposition'));
    link.click();
  }
  setTimeout(() => URL.revokeObjectURL(objectUrl), KEEP_OBJECT_URL_MS);
}
