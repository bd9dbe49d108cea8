import type { LetterKind } from '../../domain/documents';
import type { AppLanguage } from '../../domain/languages';
import type { StoreRuntime } from '../store/runtime';
import { getLetterhead } from './letterhead';
import { templateInUse } from './templates';

/** What a generated letter takes from the coordinator's settings: the wording in use and the letterhead. */
export function letterOptions(runtime: StoreRuntime, kind: LetterKind, lang: AppLanguage) {
  return { template: templateInUse(runtime, kind, lang), letterhead: getLetterhead(runtime) };
}
