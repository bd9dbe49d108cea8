import { contract, type MethodName } from '../../../electron/api/contract';

/**
 * The input schema of an API method, the rules a form checks before sending. It reads the whole
 * contract, so the screens shown before sign-in take their schemas from their area's contract
 * instead (`authContract['auth.signIn'].input`): the start-up script stays free of every other
 * area's schemas (issue 12, start-up).
 */
export function inputOf<M extends MethodName>(method: M): (typeof contract)[M]['input'] {
  return contract[method].input;
}
