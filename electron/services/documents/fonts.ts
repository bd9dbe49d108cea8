import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

/** The faces documents use; pdfmake maps `bold: true` to `bold`. */
export type FaceName = 'regular' | 'medium' | 'bold';

export const FONT_FAMILY = 'Heebo';

const FACE_FILES: Record<FaceName, string> = {
  regular: '400Regular/Heebo_400Regular.ttf',
  medium: '500Medium/Heebo_500Medium.ttf',
  bold: '700Bold/Heebo_700Bold.ttf',
};

export interface LoadedFace {
  /** The name the file is registered under in pdfmake's in-memory file system. */
  virtualName: string;
  bytes: Buffer;
  font: fontkit.Font;
}

export type LoadedFonts = Record<FaceName, LoadedFace>;

const ASAR = 'app.asar';

/**
 * Where a file resolved inside a packaged app can be read. Files listed under electron-builder's
 * `asarUnpack` live beside the archive in `app.asar.unpacked`; everything else is read from the
 * archive itself through Electron's asar-aware `fs`. The unpacked copy comes first; outside a
 * packaged app the path is returned as is.
 */
export function fontPathCandidates(resolved: string, sep: string = path.sep): string[] {
  const parts = resolved.split(sep);
  const at = parts.indexOf(ASAR);
  if (at < 0) return [resolved];
  const unpacked = [...parts.slice(0, at), `${ASAR}.unpacked`, ...parts.slice(at + 1)].join(sep);
  return [unpacked, resolved];
}

/** The font package's folder, as Node resolves it from this module (bundled or not). */
function heeboPackageDir(): string {
  const requireHere = createRequire(__filename);
  return path.dirname(requireHere.resolve('@expo-google-fonts/heebo/package.json'));
}

export function resolveFaceFile(
  face: FaceName,
  packageDir: string = heeboPackageDir(),
  exists: (file: string) => boolean = existsSync,
): string {
  const resolved = path.join(packageDir, ...FACE_FILES[face].split('/'));
  const found = fontPathCandidates(resolved).find(exists);
  if (!found) throw new Error(`Font file for ${FONT_FAMILY} ${face} not found`);
  return found;
}

let loaded: LoadedFonts | undefined;

/** Reads and parses the faces once per process; a document then costs no file access. */
export function loadFonts(): LoadedFonts {
  if (loaded) return loaded;
  const packageDir = heeboPackageDir();
  const load = (face: FaceName): LoadedFace => {
    const bytes = readFileSync(resolveFaceFile(face, packageDir));
    return { virtualName: `${FONT_FAMILY}-${face}.ttf`, bytes, font: fontkit.create(bytes) };
  };
  loaded = { regular: load('regular'), medium: load('medium'), bold: load('bold') };
  return loaded;
}
