export type Tree = { [key: string]: string | Tree };

/**
 * Merges translation files into one tree. Features keep their strings in their own files so
 * work on different screens never edits the same file; a key defined twice is a mistake and
 * throws at start-up (and in the parity test) rather than silently winning.
 */
export function mergeTrees(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) merge(out, tree, '');
  return out;
}

function merge(target: Tree, source: Tree, prefix: string): void {
  for (const [key, value] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`translation key defined twice: ${path}`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`translation key defined twice: ${path}`);
      const child = existing ?? {};
      target[key] = child;
      merge(child, value, path);
    }
  }
}
