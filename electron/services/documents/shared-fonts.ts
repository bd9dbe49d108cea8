import type { Font } from 'fontkit';
import PdfmakeDocument, { type EmbeddedFont, type EmbeddedFontClass } from 'pdfmake/js/PDFDocument.js';
import type { LoadedFonts } from './fonts';

/**
 * pdfkit parses a font file anew for every document (fontkit decodes the tables it touches
 * again) and shapes every word again through fontkit: that was most of a document's time.
 * Here each face is parsed once per process and every document embeds that same parsed font,
 * with one shaping cache per face shared by all documents. What a document writes is unchanged:
 * its own subset of the glyphs it used, under the same resource names as before.
 */

interface SharedFace {
  font: Font;
  /** pdfkit's cache of shaped chunks (text → glyph run), keyed by text; the same for every document. */
  layoutCache: Record<string, unknown>;
}

/** Shaped chunks kept per face before the cache starts again, so a long-running app stays small. */
export const LAYOUT_CACHE_LIMIT = 20_000;

let installed = false;

/** Chunks cached so far for a face, for the bound and for the test that checks it. */
function cachedChunks(face: SharedFace): number {
  return Object.keys(face.layoutCache).length;
}

/**
 * Makes every pdfmake document embed the faces in `fonts` (by the virtual file name pdfmake knows
 * them under) from the already parsed fontkit objects. Other fonts go through pdfmake as before.
 */
export function shareParsedFonts(fonts: LoadedFonts): void {
  if (installed) return;
  const faces = new Map<string, SharedFace>(
    Object.values(fonts).map((face) => [face.virtualName, { font: face.font, layoutCache: Object.create(null) }]),
  );
  const embeddedFont = embeddedFontClass(fonts.regular.bytes);
  const proto = PdfmakeDocument.prototype;
  const provideFromFile = proto.provideFont;

  proto.provideFont = function provideFont(familyName, bold, italics) {
    const file = this.getFontFile(familyName, bold, italics);
    const face = typeof file === 'string' ? faces.get(file) : undefined;
    if (!face) return provideFromFile.call(this, familyName, bold, italics);
    const byType = (this.fontCache[familyName] ??= {});
    const type = this.getFontType(bold, italics);
    const known = byType[type];
    if (known) return known;
    // pdfkit numbers a font each time it opens one, even one it then finds it already has
    // (a family's bold that is another family's bold too); counting the same way keeps the
    // resource names, and so the bytes, of every document as they were.
    const id = `F${++this._fontCount}`;
    const name = face.font.postscriptName;
    let embedded = this._fontFamilies[name];
    if (!embedded) {
      if (cachedChunks(face) >= LAYOUT_CACHE_LIMIT) face.layoutCache = Object.create(null);
      embedded = new embeddedFont(this, face.font, id);
      embedded.layoutCache = face.layoutCache;
      this._fontFamilies[name] = embedded;
    }
    byType[type] = embedded;
    return embedded;
  };
  installed = true;
}

/** pdfkit does not export the class it embeds a TrueType font with; a font it opens is one. */
function embeddedFontClass(bytes: Buffer): EmbeddedFontClass {
  const probe = new PdfmakeDocument({}, {}, {}, {}, { autoFirstPage: false, font: null }, null);
  return (probe.font(bytes)._font as EmbeddedFont & { constructor: EmbeddedFontClass }).constructor;
}
