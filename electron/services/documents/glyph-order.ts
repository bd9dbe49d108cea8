/*
 * fontkit (under pdfkit) reverses the glyphs of every run it lays out whose first character
 * with a script is written right to left, so that logical-order Hebrew comes out visual. Our
 * lines are already in visual order; each piece that fontkit would reverse is therefore sent
 * reversed (its logical order, which also keeps shaping and niqqud right). A test pins this
 * behaviour of fontkit so an upgrade that changes it fails loudly.
 */

const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const RTL_SCRIPT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

/** Whether fontkit would lay `run` out right to left (and so reverse its glyphs). */
export function fontkitReverses(run: string): boolean {
  for (const char of run) {
    if (NO_SCRIPT.test(char)) continue;
    return RTL_SCRIPT.test(char);
  }
  return false;
}

function reverseCodePoints(text: string): string {
  return Array.from(text).reverse().join('');
}

/**
 * Splits one visual word (no spaces) where the script of its letters changes direction, so
 * that each part is drawn by fontkit in one direction; neutrals stay with the letters before.
 */
function splitByScriptDirection(word: string): string[] {
  const parts: string[] = [];
  let current = '';
  let currentRtl: boolean | undefined;
  for (const char of word) {
    if (!NO_SCRIPT.test(char)) {
      const rtl = RTL_SCRIPT.test(char);
      if (currentRtl !== undefined && rtl !== currentRtl) {
        parts.push(current);
        current = '';
      }
      currentRtl = rtl;
    }
    current += char;
  }
  if (current) parts.push(current);
  return parts;
}

/**
 * The strings to hand to pdfmake, one inline each, so that the visual line is drawn exactly
 * as given from left to right. Pieces fontkit keeps in order are merged with the spaces
 * around them; a piece it reverses is sent alone and reversed.
 */
export function piecesToDraw(visualLine: string): string[] {
  const pieces: string[] = [];
  let plain = '';
  for (const token of visualLine.split(/( +)/)) {
    if (!token) continue;
    if (token.startsWith(' ')) {
      plain += token;
      continue;
    }
    for (const part of splitByScriptDirection(token)) {
      if (fontkitReverses(part)) {
        if (plain) pieces.push(plain);
        plain = '';
        pieces.push(reverseCodePoints(part));
      } else {
        plain += part;
      }
    }
  }
  if (plain) pieces.push(plain);
  return pieces;
}
