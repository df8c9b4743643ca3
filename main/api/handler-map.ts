import type { Method, MethodOutput, ParsedInput } from '../../shared/contract/index.js';
import type { HandlerContext } from './context.js';

export type Handler<M extends Method> = (
  input: ParsedInput<M>,
  ctx: HandlerContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** Handlers for a subset of the contract; the router checks that the union covers every method. */
export type HandlerMap<M extends Method> = { [K in M]: Handler<K> };
