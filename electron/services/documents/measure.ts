import type { FaceName, LoadedFonts } from './fonts';

/** Text width in points, as pdfkit will measure it when drawing. */
export type MeasureText = (text: string, face: FaceName, fontSize: number) => number;

const CACHE_LIMIT = 20_000;

/**
 * pdfkit lays text out in chunks that end after each space or tab, each chunk through fontkit
 * with its kerning, in units of 1/1000 em; the same steps here give the same widths (a test
 * compares them with pdfkit's own).
 */
export function createMeasurer(fonts: LoadedFonts): MeasureText {
  const caches: Record<FaceName, Map<string, number>> = {
    regular: new Map(),
    medium: new Map(),
    bold: new Map(),
  };

  const chunkWidth = (chunk: string, face: FaceName): number => {
    const cache = caches[face];
    const known = cache.get(chunk);
    if (known !== undefined) return known;
    const { font } = fonts[face];
    const scale = 1000 / font.unitsPerEm;
    let width = 0;
    for (const position of font.layout(chunk).positions) width += position.xAdvance * scale;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(chunk, width);
    return width;
  };

  return (text, face, fontSize) => {
    let total = 0;
    let start = 0;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (char === ' ' || char === '\t') {
        total += chunkWidth(text.slice(start, i + 1), face);
        start = i + 1;
      }
    }
    if (start < text.length) total += chunkWidth(text.slice(start), face);
    return (total * fontSize) / 1000;
  };
}
