import type { MethodName, MethodOutput, ParsedInput } from '../contract';
import type { RequestContext } from '../context';

export type Handler<M extends MethodName> = (
  input: ParsedInput<M>,
  ctx: RequestContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerMap<M extends MethodName> = { [K in M]: Handler<K> };
