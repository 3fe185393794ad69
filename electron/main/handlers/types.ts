import type { Method, ParsedInputOf, OutputOf } from '../../../shared/ipc/contract';

/** One async function per contract method; input has already passed the method's zod schema. */
export type Handler<M extends Method> = (input: ParsedInputOf<M>) => Promise<OutputOf<M>>;
export type Handlers = { [M in Method]: Handler<M> };
export type HandlersFor<K extends Method> = { [M in K]: Handler<M> };
