import { describe, expect, it } from 'vitest';
import { layoutText, type Direction } from '../../../electron/services/documents/bidi-lines';
import { loadFonts } from '../../../electron/services/documents/fonts';
import { createMeasurer } from '../../../electron/services/documents/measure';

const measure = createMeasurer(loadFonts());

function visualLines(text: string, dir: Direction = 'rtl', width = 1000): string[] {
  return layoutText(text, { dir, width, face: 'regular', fontSize: 11, measure }).map((line) => line.visual);
}

// Each expected value is the line as drawn, left to right on the page; a Hebrew reader reads it
// from the right. These agree with the Unicode bidi algorithm as browsers apply it.
const ONE_LINE_CASES: [name: string, logical: string, visual: string][] = [
  ['plain Hebrew', 'שלום עולם', 'םלוע םולש'],
  ['number inside', 'נרשמו 25 משתתפים', 'םיפתתשמ 25 ומשרנ'],
  ['date dd/mm/yyyy after a prefix', 'הפגישה ב-12/03/2026 בבוקר', 'רקובב 12/03/2026-ב השיגפה'],
  ['mobile phone after a colon', 'טלפון: 050-1234567', '050-1234567 :ןופלט'],
  ['landline with a prefix letter', 'התקשרו ל-03-5551234 מחר', 'רחמ 03-5551234-ל ורשקתה'],
  ['parentheses mirrored', 'הסדנה (מפגש שני) בוטלה', 'הלטוב (ינש שגפמ) הנדסה'],
  ['parentheses around a number', 'נותרו (3) מקומות', 'תומוקמ (3) ורתונ'],
  ['double quotes', 'הקורס "ניהול משרד" מתחיל', 'ליחתמ "דרשמ לוהינ" סרוקה'],
  ['gershayim and an ID', 'ת"ז 123456782', '123456782 ז"ת'],
  ['geresh', 'יום ה׳ בשבוע', 'עובשב ׳ה םוי'],
  ['vav with Excel', 'ידע ב-Word ו-Excel', 'Excel-ו Word-ב עדי'],
  ['Latin phrase kept left to right', 'פגישה ב-Microsoft Teams או Zoom', 'Zoom וא Microsoft Teams-ב השיגפ'],
  ['line starting with Latin', 'Excel הוא כלי חשוב', 'בושח ילכ אוה Excel'],
  ['line starting with a number', '3 משתתפים הגיעו', 'ועיגה םיפתתשמ 3'],
  ['percentage', 'שיעור השמה 45%', '45% המשה רועיש'],
  ['decimal number', 'ממוצע 7.5 שעות', 'תועש 7.5 עצוממ'],
  ['time of day', 'בשעה 09:30 בבוקר', 'רקובב 09:30 העשב'],
  ['date range', 'בין 01/02/2026 ל-28/02/2026', '28/02/2026-ל 01/02/2026 ןיב'],
  ['email', 'כתובת: dana@example.org', 'dana@example.org :תבותכ'],
  ['full stop at the end', 'המפגש הסתיים.', '.םייתסה שגפמה'],
  ['question mark at the end', 'האם הגעת?', '?תעגה םאה'],
  ['comma and colon', 'משימות: קורות חיים, ראיון', 'ןויאר ,םייח תורוק :תומישמ'],
  ['Latin word before the full stop', 'הכלי הוא Excel.', '.Excel אוה ילכה'],
  ['Latin in parentheses', 'מערכת קשר (Kesher) במרכז', 'זכרמב (Kesher) רשק תכרעמ'],
  ['number before the full stop', 'נרשמו 12.', '.12 ומשרנ'],
  ['file number with a hyphen', 'מספר תיק 2026-0147', '2026-0147 קית רפסמ'],
  ['shekel sign after the amount', 'שכר של 35 ₪ לשעה', 'העשל ₪ 35 לש רכש'],
  ['Latin words with a number', 'גרסה Office 365 מותקנת', 'תנקתומ Office 365 הסרג'],
  ['hyphenated Hebrew', 'תל-אביב יפו', 'ופי ביבא-לת'],
  ['square brackets mirrored', 'ראו [נספח א] בסוף', 'ףוסב [א חפסנ] ואר'],
  ['web address', 'באתר www.kesher.org.il יש מידע', 'עדימ שי www.kesher.org.il רתאב'],
  ['international phone: the plus sign joins the Hebrew side', 'טלפון +972-50-1234567', '972-50-1234567+ ןופלט'],
  ['slashes between Hebrew words', 'הוא/היא מגיע/ה', 'ה/עיגמ איה/אוה'],
  ['quoted Latin word', 'נאמר "OK" בסוף', 'ףוסב "OK" רמאנ'],
  ['Latin only, in a Hebrew document', 'Kesher centre', 'Kesher centre'],
  ['white space collapsed', '  שלום    עולם  ', 'םלוע םולש'],
];

describe('bidi layer: one line in a right-to-left paragraph', () => {
  it.each(ONE_LINE_CASES)('%s', (_name, logical, visual) => {
    expect(visualLines(logical)).toEqual([visual]);
  });
});

describe('bidi layer: left-to-right documents', () => {
  it('keeps English as is and turns a Hebrew name inside it', () => {
    expect(visualLines('Meeting with דנה כהן at 10:00', 'ltr')).toEqual(['Meeting with ןהכ הנד at 10:00']);
  });

  it('keeps the full stop after a Hebrew word at the end', () => {
    expect(visualLines('Participant: דנה.', 'ltr')).toEqual(['Participant: הנד.']);
  });
});

describe('bidi layer: what staff typed takes its own direction', () => {
  const typed = (text: string, dir: Direction) =>
    layoutText(text, { dir, base: 'content', width: 1000, face: 'regular', fontSize: 11, measure }).map(
      (line) => line.visual,
    );

  it('reads a Hebrew goal in an English document from the right, full stop at its end', () => {
    // With the English document's direction "Excel" would come first for a Hebrew reader,
    // and the full stop would stand before the first word.
    expect(visualLines('קורס Excel.', 'ltr')).toEqual(['סרוק Excel.']);
    expect(typed('קורס Excel.', 'ltr')).toEqual(['.Excel סרוק']);
  });

  it('keeps an English value with its full stop at the end in a Hebrew document', () => {
    expect(visualLines('Cohen & Sons Ltd.', 'rtl')).toEqual(['.Cohen & Sons Ltd']);
    expect(typed('Cohen & Sons Ltd.', 'rtl')).toEqual(['Cohen & Sons Ltd.']);
  });

  it("falls back to the document's direction for digits and punctuation only", () => {
    expect(typed('12/03/2026 - 15/03/2026', 'rtl')).toEqual(visualLines('12/03/2026 - 15/03/2026', 'rtl'));
    expect(typed('12/03/2026 - 15/03/2026', 'ltr')).toEqual(visualLines('12/03/2026 - 15/03/2026', 'ltr'));
  });

  it('decides per paragraph', () => {
    expect(typed('Excel\nמחשבים.', 'ltr')).toEqual(['Excel', '.םיבשחמ']);
  });
});

describe('bidi layer: lines', () => {
  const widthOf = (text: string) => measure(text, 'regular', 11);

  it('breaks in logical order: the first words are on the first line, read from the right', () => {
    const text = 'משימות: קורות חיים, ראיון עבודה';
    const lines = visualLines(text, 'rtl', widthOf('משימות: קורות חיים,') + 1);
    expect(lines).toEqual([',םייח תורוק :תומישמ', 'הדובע ןויאר']);
  });

  it("keeps a line that starts with Latin in the paragraph's right-to-left direction", () => {
    // Alone, the second line would start with Latin and read left to right.
    const text = 'נפגשים בשבוע הבא ב Microsoft Teams או Zoom';
    const lines = visualLines(text, 'rtl', widthOf('Microsoft Teams או Zoom') + 1);
    expect(lines).toEqual(['ב אבה עובשב םישגפנ', 'Zoom וא Microsoft Teams']);
  });

  it('never splits a phone number, a date or an ID across lines', () => {
    const text = 'טלפון 050-1234567 תאריך 12/03/2026 ת"ז 123456782';
    const lines = visualLines(text, 'rtl', widthOf('טלפון 050-1234567') + 1);
    expect(lines).toEqual(['050-1234567 ןופלט', '12/03/2026 ךיראת', '123456782 ז"ת']);
  });

  it('breaks one word wider than the column between its letters', () => {
    const word = 'אבגדהוזחטיכלמנסעפצקרשת';
    const lines = visualLines(word, 'rtl', widthOf('אבגדהוז') + 0.5);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[0]).toBe('זוהדגבא');
    expect(lines.map((line) => [...line].reverse().join('')).join('')).toBe(word);
  });

  it('starts a new paragraph at each line break', () => {
    expect(visualLines('שורה ראשונה\nשורה 2')).toEqual(['הנושאר הרוש', '2 הרוש']);
  });

  it('gives no lines for empty text', () => {
    expect(visualLines('   ')).toEqual([]);
  });
});
