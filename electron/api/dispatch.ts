import type { z } from 'zod';
import { contract, isMethodName, type MethodName } from './contract';
import type { RequestContext } from './context';
import { handlers as defaultHandlers } from './handlers';
import type { HandlerMap } from './handlers/types';
import { decideAccess, permissions } from './permissions';
import { AppError, fail, ok, type FieldIssue, type Result } from './result';
import { logger } from '../platform/logger';
import { storageFailureKey } from '../../db/errors';
import { LOCAL_CLIENT, withClient } from '../services/store/client-sessions';
import { withAuditDevice } from '../../db/audit-device';

export function issuesToFields(issues: readonly z.core.$ZodIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    // Schemas may name their own reason (e.g. 'validation.iso_date'); otherwise the zod issue code.
    message: issue.message.startsWith('validation.') ? issue.message : `validation.${issue.code}`,
  }));
}

/**
 * The single entry point both transports call. It never throws: unknown methods, invalid
 * input, missing permission, handler failures and even a handler returning the wrong shape
 * all come back as `{ ok: false }`. The outer catch holds that promise for what happens before
 * the handler too: validating a hostile input (a stack overflow in a recursive schema) must not
 * reach the transport as an exception.
 */
export async function dispatch(
  method: unknown,
  rawInput: unknown,
  ctx: RequestContext,
  handlers: HandlerMap<MethodName> = defaultHandlers,
): Promise<Result<unknown>> {
  try {
    return await withClient(ctx.client ?? LOCAL_CLIENT, () =>
      withAuditDevice(ctx.device, () => dispatchChecked(method, rawInput, ctx, handlers)),
    );
  } catch (error) {
    logger.error('dispatch failed before the handler', {
      method: isMethodName(method) ? method : 'unknown',
      error: error instanceof Error ? error.name : typeof error,
    });
    return fail('internal');
  }
}

async function dispatchChecked(
  method: unknown,
  rawInput: unknown,
  ctx: RequestContext,
  handlers: HandlerMap<MethodName>,
): Promise<Result<unknown>> {
  if (!isMethodName(method)) return fail('unknown_method');
  const runtime = ctx.app.runtime;
  try {
    // Every call checks the idle lock (a status call must see it), but only a call that needs
    // the session counts as activity: a screen polling public methods keeps nothing open.
    runtime?.touch(permissions[method] !== 'public');
  } catch (error) {
    return failureOf(error, method);
  }
  const access = decideAccess(method, runtime?.activeSession() ?? null, runtime?.locked ?? false);
  if (access === 'unauthenticated') return fail('unauthenticated');
  if (access === 'locked') return fail('locked', 'errors.auth.session_locked');
  if (access === 'forbidden') return fail('forbidden');
  if (access === 'password_change_required') return fail('forbidden', 'errors.password_change_required');

  // Validation comes after the permission check so a caller learns nothing about a method it may not use.
  const def = contract[method];
  const parsed = def.input.safeParse(rawInput ?? {});
  if (!parsed.success) return fail('invalid_input', 'errors.invalid_input', issuesToFields(parsed.error.issues));

  try {
    const handler = handlers[method] as (input: unknown, ctx: RequestContext) => unknown;
    const call = (inner: string, input: unknown) => dispatch(inner, input, ctx, handlers);
    const value = await handler(parsed.data, { ...ctx, call });
    const checked = def.output.safeParse(value);
    if (!checked.success) {
      logger.error('handler returned a value outside its contract', { method });
      return fail('internal');
    }
    return ok(checked.data);
  } catch (error) {
    return failureOf(error, method);
  }
}

/** An exception as the caller sees it: expected failures as thrown, a store that cannot be read or written in words. */
function failureOf(error: unknown, method: MethodName): Result<never> {
  if (error instanceof AppError) return fail(error.code, error.messageKey, error.fields);
  const storageKey = storageFailureKey(error);
  if (storageKey) {
    logger.error('store cannot be used', { method, code: (error as { code: string }).code });
    return fail('store_unavailable', storageKey);
  }
  // Only the method and the error class are logged: messages may carry personal data.
  logger.error('handler failed', { method, error: error instanceof Error ? error.name : typeof error });
  return fail('internal');
}
