import type { Column, Content } from 'pdfmake/interfaces';
import type { Letterhead } from '../../domain/letter-templates';
import { formatPhone } from '../../domain/phone';
import { inPageOrder, type DocumentContext } from './context';
import type { DocumentSpec } from './document-layout';
import { textLines } from './text-nodes';

const LOGO_WIDTH = 84;
const LOGO_HEIGHT = 56;
const GAP = 12;

/**
 * The centre's letterhead at the top of a letter: name, address and phone at the start side
 * (right in Hebrew), the logo at the end side, a rule under both. The logo reaches pdfkit as a
 * data URL of bytes already checked to be PNG or JPEG (letterhead.save): pdfmake's URL and file
 * policies refuse everything else.
 */
export function letterheadBlock(ctx: DocumentContext, head: Letterhead, lang: 'he' | 'en'): Content {
  const textWidth = ctx.contentWidth - (head.logo ? LOGO_WIDTH + GAP : 0);
  const phone = head.phone ? formatPhone(head.phone) : '';
  const details = [head.address, phone ? `${lang === 'he' ? 'טלפון' : 'Phone'}: ${phone}` : ''].filter(Boolean);
  const text: Column = {
    width: textWidth,
    stack: [
      ...textLines(ctx, head.centreName, { width: textWidth, face: 'bold', fontSize: ctx.fontSize * 1.45 }),
      ...details.flatMap((line) =>
        textLines(ctx, line, { width: textWidth, fontSize: ctx.fontSize * 0.95, color: '#333333' }),
      ),
    ],
  };
  const logo: Column | null = head.logo
    ? {
        width: LOGO_WIDTH,
        image: `data:image/${head.logo.format};base64,${head.logo.base64}`,
        fit: [LOGO_WIDTH, LOGO_HEIGHT],
      }
    : null;
  return {
    stack: [
      { columns: inPageOrder(ctx.dir, logo ? [text, logo] : [text]), columnGap: GAP },
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: ctx.contentWidth, y2: 0, lineWidth: 0.8, lineColor: '#777777' }],
        margin: [0, 6, 0, 0],
      },
    ],
    unbreakable: true,
    margin: [0, 0, 0, ctx.fontSize * 1.2],
  };
}

/** A letter's spec with the letterhead above its first line; unchanged when none is set. */
export function withLetterhead(spec: DocumentSpec, letterhead: Letterhead | null | undefined): DocumentSpec {
  if (!letterhead) return spec;
  return { ...spec, body: (ctx) => [letterheadBlock(ctx, letterhead, spec.lang), ...spec.body(ctx)] };
}
