import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildDocument, type BuildOptions, type DocumentSpec } from './document-layout';
import { FONT_FAMILY, loadFonts } from './fonts';
import { shareParsedFonts } from './shared-fonts';
import { MEDIUM_FAMILY } from './text-nodes';

interface VirtualFileSystem {
  writeFileSync(name: string, content: Buffer): void;
}

let configured = false;

/**
 * Registers the fonts in pdfmake's in-memory file system once, and forbids it every other file
 * and URL: a document definition can never make it read the disk or the network. Documents then
 * embed the faces parsed once per process (shared-fonts.ts) instead of parsing the files again.
 */
function configurePdfmake(): void {
  if (configured) return;
  const fonts = loadFonts();
  const vfs = (pdfmake as unknown as { virtualfs: VirtualFileSystem }).virtualfs;
  for (const face of Object.values(fonts)) vfs.writeFileSync(face.virtualName, face.bytes);
  pdfmake.setFonts({
    [FONT_FAMILY]: {
      normal: fonts.regular.virtualName,
      bold: fonts.bold.virtualName,
      italics: fonts.regular.virtualName,
      bolditalics: fonts.bold.virtualName,
    },
    [MEDIUM_FAMILY]: {
      normal: fonts.medium.virtualName,
      bold: fonts.bold.virtualName,
      italics: fonts.medium.virtualName,
      bolditalics: fonts.bold.virtualName,
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  shareParsedFonts(fonts);
  configured = true;
}

/** The PDF, in memory only: nothing is written to disk. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configurePdfmake();
  const document = pdfmake.createPdf(definition) as unknown as { getBuffer(): Promise<Buffer> };
  return document.getBuffer();
}

/** A document file's spec, framed and rendered. */
export function renderDocument(spec: DocumentSpec, options: BuildOptions = {}): Promise<Buffer> {
  return renderPdf(buildDocument(spec, undefined, options));
}
