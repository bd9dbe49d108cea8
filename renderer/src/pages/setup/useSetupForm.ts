import { useContractForm } from '../../forms/useContractForm';
import { emptySetupForm, serverPathToField, setupFormSchema, setupSentences, type SetupForm } from './setup-form';

/** The wizard's one form across its steps: values, reasons and the server's answer. */
export function useSetupForm() {
  return useContractForm({
    schema: setupFormSchema,
    initialValues: emptySetupForm as SetupForm,
    sentences: setupSentences,
    passwordPath: 'password',
    formPath: (apiPath) => serverPathToField[apiPath] ?? apiPath,
  });
}
