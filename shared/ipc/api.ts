import type { Method, InputOf, OutputOf } from './contract';
import type { Result } from './result';

/** What the renderer sees: one named async method per contract entry. */
export type CommonGroundApi = { [M in Method]: (input: InputOf<M>) => Promise<Result<OutputOf<M>>> };

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'commonGround';
