/**
 * What the incentive pool is, in the words the incentive step, the presenter view and the version
 * diff share: a percentage of the quarter's revenue target, which at the target is the on-target
 * bonus (see incentives.ts) — not a share of each deal's value.
 */
export const POOL_LABEL = 'Pool (% of the revenue target = on-target bonus)';
