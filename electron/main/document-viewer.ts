import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { DocumentViewer } from '../services/printing/handoff';
import { logger } from '../platform/logger';
import type {
  BrowserWindowLike,
  BrowserWindowOptionsLike,
  CustomSchemeLike,
  ElectronModule,
  ProtocolRequestLike,
} from './electron-types';

export const DOCUMENT_SCHEME = 'kesher-document';
const DOCUMENT_HOST = 'view';
/** No `persist:` prefix: the preview windows' session, its cache included, lives in memory only. */
export const DOCUMENT_PARTITION = 'kesher-documents';

/** `standard` and `secure` are what Chromium's PDF viewer needs to read a custom scheme's bytes. */
export const documentScheme: CustomSchemeLike = {
  scheme: DOCUMENT_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

export function previewWindowOptions(title: string): BrowserWindowOptionsLike {
  return {
    width: 900,
    height: 1000,
    title,
    autoHideMenuBar: true,
    webPreferences: {
      partition: DOCUMENT_PARTITION,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      plugins: true,
    },
  };
}

/** A served document's headers: a PDF, shown in place, never cached. */
function pdfResponse(bytes: Buffer): Response {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'inline',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * The Electron side of printing (issue 10): each PDF is held in memory for as long as its
 * preview window is open, served to that window only through `kesher-document://view/<token>`
 * (a random token per window, in an in-memory session no other window uses), and zero-filled
 * when the window closes. Chromium's viewer in the window prints. "Save as" asks where and
 * writes there only: the caller has already warned that the file is not encrypted.
 */
export function startDocumentViewer(
  electron: Pick<ElectronModule, 'BrowserWindow' | 'dialog' | 'session'>,
  parent: () => BrowserWindowLike | null,
): { viewer: DocumentViewer; handler: (request: ProtocolRequestLike) => Response; open: () => number } {
  const open = new Map<string, Buffer>();

  const handler = (request: ProtocolRequestLike): Response => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Not found', { status: 404 });
    }
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const bytes = url.host === DOCUMENT_HOST ? open.get(url.pathname.slice(1)) : undefined;
    return bytes ? pdfResponse(bytes) : new Response('Not found', { status: 404 });
  };

  const session = electron.session.fromPartition(DOCUMENT_PARTITION);
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.protocol.handle(DOCUMENT_SCHEME, handler);

  const viewer: DocumentViewer = {
    show({ bytes, title }) {
      const token = randomBytes(32).toString('base64url');
      open.set(token, bytes);
      const window = new electron.BrowserWindow(previewWindowOptions(title));
      window.once('closed', () => {
        open.get(token)?.fill(0);
        open.delete(token);
      });
      window.loadURL(`${DOCUMENT_SCHEME}://${DOCUMENT_HOST}/${token}`).catch((error: unknown) => {
        logger.error('document preview failed to load', { error: error instanceof Error ? error.name : typeof error });
      });
    },
    async saveAs({ bytes, fileName }) {
      const owner = parent();
      if (!owner) return false;
      const choice = await electron.dialog.showSaveDialog(owner, {
        defaultPath: fileName,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return false;
      await writeFile(choice.filePath, bytes, { mode: 0o600 });
      return true;
    },
  };
  return { viewer, handler, open: () => open.size };
}
