// The part of fontkit (a dependency of pdfkit, which pdfmake draws with) that the documents
// layer measures and checks glyph order with. fontkit ships no type declarations.
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
  }
  export interface GlyphPosition {
    xAdvance: number;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
    direction: 'ltr' | 'rtl';
  }
  export interface Font {
    unitsPerEm: number;
    postscriptName: string;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Buffer): Font;
}
