import messagesEn from '../../../electron/api/messages.en.json';
import messagesHe from '../../../electron/api/messages.he.json';
import en from './en.json';
import he from './he.json';
import lanEn from './features/lan.en.json';
import lanHe from './features/lan.he.json';
import { mergeTrees } from './merge-trees';

/**
 * The strings every screen before the app may need: sign-in, lock, set-up, joining a centre PC,
 * and the `errors.*` / `validation.*` texts. The `errors.*` and `validation.*` texts live beside
 * the main process that throws them (the CLI reads them there too); the bundler inlines them
 * here, so the renderer shows the same text. The signed-in screens' strings come later with the
 * app (feature-resources.ts); test/unit/i18n-gate-keys.test.ts holds every key the start-up
 * script uses to this tree.
 */
export const gateResources = {
  he: mergeTrees(he, messagesHe, lanHe),
  en: mergeTrees(en, messagesEn, lanEn),
};
