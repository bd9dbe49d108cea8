import { featureResources } from './feature-resources';
import { gateResources } from './gate-resources';
import { mergeTrees, type Tree } from './merge-trees';

export { mergeTrees, type Tree };

/**
 * Every string in each language, as the signed-in app holds them: the gate's and the features'.
 * Merging them here also proves no key is defined in both (mergeTrees throws), as the parity
 * and key tests read this tree.
 */
export const resources = {
  he: mergeTrees(gateResources.he, featureResources.he),
  en: mergeTrees(gateResources.en, featureResources.en),
};
