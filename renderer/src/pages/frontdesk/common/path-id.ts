import { useCurrentPath } from '../../../router';

/** The record id at the end of `#/<section>/<id>`, or null when the address has none. */
export function usePathId(section: string): number | null {
  const path = useCurrentPath();
  const match = new RegExp(`^/${section}/(\\d{1,12})$`).exec(path);
  const id = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
