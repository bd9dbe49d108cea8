import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontPathCandidates, loadFonts, resolveFaceFile } from '../../../electron/services/documents/fonts';
import { createMeasurer } from '../../../electron/services/documents/measure';

describe('text measurement', () => {
  const fonts = loadFonts();
  const measure = createMeasurer(fonts);

  it('gives the widths pdfkit draws with, kerning and chunking included', () => {
    const doc = new PDFDocument({ autoFirstPage: false });
    const samples = [
      'שלום עולם',
      'ו-Excel',
      'lecxE-ו',
      'AVATAR To Wa',
      'נא להתקשר ל-050-1234567 עד 12/03/2026 (יום ה׳).',
      '  רווחים  כפולים ',
      'Meeting with דנה כהן at 10:00',
    ];
    for (const face of ['regular', 'medium', 'bold'] as const) {
      doc.font(fonts[face].bytes);
      for (const size of [8.5, 11, 17.6]) {
        doc.fontSize(size);
        for (const text of samples) expect(measure(text, face, size)).toBeCloseTo(doc.widthOfString(text), 9);
      }
    }
  });

  it('loads the fonts once per process', () => {
    expect(loadFonts()).toBe(fonts);
    expect(fonts.regular.font.postscriptName).toBe('Heebo-Regular');
    expect(fonts.bold.font.postscriptName).toBe('Heebo-Bold');
  });
});

describe('font paths inside a packaged app', () => {
  it('tries the unpacked copy beside app.asar first, then the archive', () => {
    const inAsar =
      '/opt/Kesher/resources/app.asar/node_modules/@expo-google-fonts/heebo/400Regular/Heebo_400Regular.ttf';
    expect(fontPathCandidates(inAsar, '/')).toEqual([
      '/opt/Kesher/resources/app.asar.unpacked/node_modules/@expo-google-fonts/heebo/400Regular/Heebo_400Regular.ttf',
      inAsar,
    ]);
  });

  it('maps Windows paths the same way', () => {
    const inAsar = 'C:\\Program Files\\Kesher\\resources\\app.asar\\node_modules\\x.ttf';
    expect(fontPathCandidates(inAsar, '\\')).toEqual([
      'C:\\Program Files\\Kesher\\resources\\app.asar.unpacked\\node_modules\\x.ttf',
      inAsar,
    ]);
  });

  it('leaves paths outside an archive alone, and does not mistake a folder named like one', () => {
    expect(fontPathCandidates('/repo/node_modules/x.ttf', '/')).toEqual(['/repo/node_modules/x.ttf']);
    expect(fontPathCandidates('/repo/my-app.asar-notes/x.ttf', '/')).toEqual(['/repo/my-app.asar-notes/x.ttf']);
  });

  it('resolves a face to the first candidate that exists', () => {
    const packageDir = '/opt/Kesher/resources/app.asar/node_modules/@expo-google-fonts/heebo';
    const unpacked =
      '/opt/Kesher/resources/app.asar.unpacked/node_modules/@expo-google-fonts/heebo/700Bold/Heebo_700Bold.ttf';
    const archived = `${packageDir}/700Bold/Heebo_700Bold.ttf`;
    const posix = (file: string) => file.split('\\').join('/');
    expect(posix(resolveFaceFile('bold', packageDir, (file) => posix(file) === unpacked))).toBe(unpacked);
    expect(posix(resolveFaceFile('bold', packageDir, (file) => posix(file) === archived))).toBe(archived);
    expect(() => resolveFaceFile('bold', packageDir, () => false)).toThrow(/not found/);
  });
});
