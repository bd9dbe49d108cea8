// The part of pdfmake's pdfkit document class that shared-fonts.ts hooks into. pdfmake's own
// typings describe only its public API, not this module.
declare module 'pdfmake/js/PDFDocument.js' {
  import type { Font } from 'fontkit';

  /** pdfkit's EmbeddedFont: a font as one document embeds it (its own subset and glyph ids). */
  export interface EmbeddedFont {
    font: Font;
    layoutCache?: Record<string, unknown>;
  }

  export type EmbeddedFontClass = new (document: PdfmakeDocument, font: Font, id: string) => EmbeddedFont;

  export interface PdfmakeDocument {
    fontCache: Record<string, Record<string, EmbeddedFont | undefined> | undefined>;
    _fontFamilies: Record<string, EmbeddedFont | undefined>;
    _fontCount: number;
    getFontType(bold: boolean, italics: boolean): string;
    getFontFile(familyName: string, bold: boolean, italics: boolean): unknown;
    provideFont(familyName: string, bold: boolean, italics: boolean): EmbeddedFont;
    font(src: Buffer): { _font: EmbeddedFont };
  }

  const PdfmakeDocumentClass: {
    new (
      fonts: object,
      images: object,
      patterns: object,
      attachments: object,
      options: object,
      virtualfs: unknown,
    ): PdfmakeDocument;
    prototype: PdfmakeDocument;
  };
  export default PdfmakeDocumentClass;
}
