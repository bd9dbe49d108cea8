import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Direction } from './bidi-lines';
import {
  createContext,
  defaultMeasure,
  endAlignment,
  inPageOrder,
  PAGE_MARGINS,
  startAlignment,
  type DocumentContext,
  type Orientation,
} from './context';
import { FONT_FAMILY } from './fonts';
import type { MeasureText } from './measure';
import { textLines } from './text-nodes';

export type DocumentLanguage = 'he' | 'en';

/** Everything a document file supplies; the page frame is the same for all of them. */
export interface DocumentSpec {
  lang: DocumentLanguage;
  orientation: Orientation;
  /** The PDF's title and the running header's start side. */
  title: string;
  /** The running header's end side, such as the centre name. */
  headerNote?: string;
  body: (ctx: DocumentContext) => Content[];
}

export interface BuildOptions {
  /** false draws every line in logical order without the bidi layer: the benchmark's baseline only. */
  bidi?: boolean;
}

export function directionOf(lang: DocumentLanguage): Direction {
  return lang === 'he' ? 'rtl' : 'ltr';
}

export function pageLabel(lang: DocumentLanguage, page: number, pageCount: number): string {
  return lang === 'he' ? `עמוד ${page} מתוך ${pageCount}` : `Page ${page} of ${pageCount}`;
}

const FRAME_SIZE = 8.5;
const FRAME_COLOR = '#555555';

function runningHeader(ctx: DocumentContext, spec: DocumentSpec): Content {
  const half = ctx.contentWidth / 2 - 6;
  const start = textLines(ctx, spec.title, { width: half, fontSize: FRAME_SIZE, color: FRAME_COLOR });
  const end = spec.headerNote
    ? textLines(ctx, spec.headerNote, {
        width: half,
        fontSize: FRAME_SIZE,
        color: FRAME_COLOR,
        alignment: endAlignment(ctx.dir),
      })
    : [];
  return {
    columns: inPageOrder(ctx.dir, [
      { width: half, stack: start.slice(0, 1) },
      { width: half, stack: end.slice(0, 1) },
    ]),
    columnGap: 12,
    margin: [PAGE_MARGINS[0], 24, PAGE_MARGINS[2], 0],
  };
}

function runningFooter(ctx: DocumentContext, spec: DocumentSpec, page: number, pageCount: number): Content {
  return {
    stack: textLines(ctx, pageLabel(spec.lang, page, pageCount), {
      fontSize: FRAME_SIZE,
      color: FRAME_COLOR,
      alignment: startAlignment(ctx.dir) === 'right' ? 'left' : 'right',
    }),
    margin: [PAGE_MARGINS[0], 18, PAGE_MARGINS[2], 0],
  };
}

/**
 * A heading never ends a page: when nothing but headings follows it in the page's body and the
 * document goes on, it moves to the next page with what it introduces. pdfmake asks this of
 * every node; its list of following nodes also holds the running header and footer, which sit
 * outside the body.
 */
export function keepHeadingWithNext(node: Node, queries: NodeQueries): boolean {
  const isHeadingBlock = node.headlineLevel !== undefined && (node as { stack?: boolean }).stack === true;
  if (!isHeadingBlock) return false;
  const { top, pageInnerHeight } = node.startPosition;
  const bodyBottom = PAGE_MARGINS[1] + pageInnerHeight;
  const followingInBody = queries
    .getFollowingNodesOnPage()
    .filter((next) => next.startPosition.top > top && next.startPosition.top < bodyBottom);
  const onlyHeadingsFollow = followingInBody.every((next) => next.headlineLevel !== undefined);
  return onlyHeadingsFollow && queries.getNodesOnNextPage().length > 0;
}

/** A document definition for pdfmake: A4, the Heebo faces, running header and "page X of Y". */
export function buildDocument(
  spec: DocumentSpec,
  measure: MeasureText = defaultMeasure(),
  options: BuildOptions = {},
): TDocumentDefinitions {
  const ctx = createContext(
    { dir: directionOf(spec.lang), orientation: spec.orientation, ...(options.bidi === false ? { bidi: false } : {}) },
    measure,
  );
  return {
    pageSize: 'A4',
    pageOrientation: spec.orientation,
    pageMargins: PAGE_MARGINS,
    info: { title: spec.title, creator: 'Kesher', producer: 'Kesher' },
    defaultStyle: { font: FONT_FAMILY, fontSize: ctx.fontSize },
    header: () => runningHeader(ctx, spec),
    footer: (page: number, pageCount: number) => runningFooter(ctx, spec, page, pageCount),
    content: spec.body(ctx),
    pageBreakBefore: keepHeadingWithNext,
  };
}
