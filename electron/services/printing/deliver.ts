import { AppError } from '../../domain/app-error';
import { todayIso } from '../../domain/dates';
import type { StoreRuntime } from '../store/runtime';
import type { DocumentHandoff, DocumentViewer } from './handoff';

/** Where one-time documents are fetched from on the loopback server. */
export const HANDOFF_PATH = '/documents/';

export interface Delivery {
  /** The API method that generated the PDF, e.g. `documents.workPlan`. */
  method: string;
  /** Its input, read only for the subject's id (audit, file name). */
  input: Readonly<Record<string, unknown>>;
  purpose: 'print' | 'save';
  pdf: Buffer;
  transport: 'ipc' | 'http';
  client: string;
}

/** Input keys naming what a document is about, as the audit log names those records. */
const subjectKeys: [key: string, entity: string][] = [
  ['participantId', 'participant'],
  ['sessionId', 'workshop_session'],
  ['instanceId', 'workshop_instance'],
  ['meetingId', 'meeting'],
  ['inviteId', 'conference_invite'],
  ['coachId', 'staff'],
  ['date', 'week'],
];

function subjectOf(input: Readonly<Record<string, unknown>>): { entity: string; entityId: string } {
  for (const [key, entity] of subjectKeys) {
    const value = input[key];
    if (typeof value === 'number' || typeof value === 'string') return { entity, entityId: String(value) };
  }
  return { entity: 'document', entityId: '' };
}

/** `documents.workPlan` → `workPlan`: the document type, as audited. */
export function documentType(method: string): string {
  return method.slice(method.indexOf('.') + 1);
}

/** A file name with the document type, the record id and the date: never a person's name. */
export function fileNameOf(delivery: Pick<Delivery, 'method' | 'input'>, today: string): string {
  const { entityId } = subjectOf(delivery.input);
  const type = documentType(delivery.method).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return `${[type, entityId.replace(/[^0-9A-Za-z-]/g, ''), today].filter(Boolean).join('-')}.pdf`;
}

/** The bytes of a generated document's `{ pdfBase64 }`, refused unless they are a PDF. */
export function pdfBytes(value: unknown): Buffer {
  const base64 = typeof value === 'object' && value !== null ? (value as { pdfBase64?: unknown }).pdfBase64 : undefined;
  const bytes = typeof base64 === 'string' ? Buffer.from(base64, 'base64') : Buffer.alloc(0);
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-') throw new AppError('internal');
  return bytes;
}

/**
 * Hands a generated PDF to the user without writing it anywhere: in Electron the shell shows it
 * in its preview window or asks where to save it; in browser mode it waits in memory behind a
 * one-time URL for the asking tab. Every print and every save is audited with the document type
 * and the record id only; a cancelled save writes nothing and audits nothing.
 */
export async function deliver(
  runtime: StoreRuntime,
  handoff: DocumentHandoff,
  viewer: DocumentViewer | undefined,
  delivery: Delivery,
): Promise<{ url: string | null; saved: boolean }> {
  const session = runtime.requireSession();
  const fileName = fileNameOf(delivery, todayIso(runtime.now()));
  const audit = () =>
    runtime.audit({
      action: delivery.purpose === 'print' ? 'print' : 'export',
      ...subjectOf(delivery.input),
      fields: [documentType(delivery.method)],
    });
  if (delivery.transport === 'ipc') {
    if (!viewer) throw new AppError('internal');
    if (delivery.purpose === 'print') {
      viewer.show({ bytes: delivery.pdf, title: fileName });
      audit();
      return { url: null, saved: false };
    }
    const saved = await viewer.saveAs({ bytes: delivery.pdf, fileName });
    if (saved) audit();
    return { url: null, saved };
  }
  const token = handoff.put({
    bytes: delivery.pdf,
    fileName,
    disposition: delivery.purpose === 'print' ? 'inline' : 'attachment',
    client: delivery.client,
    userId: session.userId,
  });
  // Browser mode cannot see where the browser saves a download; the hand-over is what is audited.
  audit();
  return { url: `${HANDOFF_PATH}${token}`, saved: delivery.purpose === 'save' };
}
