import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from './contract';
import type { RequestContext } from './context';
import { handlers as defaultHandlers } from './handlers';
import type { HandlerMap } from './handlers/types';
import { decideAccess } from './permissions';
import { AppError, fail, ok, type FieldIssue, type Result } from './result';
import { logger } from '../platform/logger';

export function issuesToFields(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: `validation.${issue.code}`,
  }));
}

/**
 * The single entry point both transports call. It never throws: unknown methods, invalid
 * input, missing permission, handler failures and even a handler returning the wrong shape
 * all come back as `{ ok: false }`.
 */
export async function dispatch(
  method: unknown,
  rawInput: unknown,
  ctx: RequestContext,
  handlers: HandlerMap<MethodName> = defaultHandlers,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('unknown_method');
  const def = contract[method];
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('invalid_input', 'errors.invalid_input', issuesToFields(parsed.error.issues));

  const access = decideAccess(method, ctx.app.session);
  if (access === 'unauthenticated') return fail('unauthenticated');
  if (access === 'forbidden') return fail('forbidden');
  if (access === 'password_change_required') return fail('forbidden', 'errors.password_change_required');

  try {
    const handler = handlers[method] as (input: unknown, ctx: RequestContext) => unknown;
    const value = await handler(parsed.data, ctx);
    const checked = def.output.safeParse(value);
    if (!checked.success) {
      logger.error('handler returned a value outside its contract', { method });
      return fail('internal');
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.messageKey, error.fields);
    // Only the method and the error class are logged: messages may carry personal data.
    logger.error('handler failed', { method, error: error instanceof Error ? error.name : typeof error });
    return fail('internal');
  }
}
