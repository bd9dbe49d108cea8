import { useTranslation } from 'react-i18next';
import type { TemplateProblem } from '../../../../electron/domain/letter-templates';

/** A template problem in words, naming the field or tag it is about. */
export function useProblemText(): (problem: TemplateProblem) => string {
  const { t } = useTranslation();
  return (problem) => t(`letterTemplates.problem.${problem.reason}`, 'name' in problem ? { name: problem.name } : {});
}
