import type { Goals } from '../../../../shared/model/goals';
import type { Incentives } from '../../../../shared/model/incentives';
import { templateContent } from '../../../../shared/template/sales-marketing';

const template = () => templateContent({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2025-Q1', date: '2025-01-06' });

/** The PRODUCT.md example: $1.2M a quarter, $30k deals, 50/60/25 %, six reps. */
export const exampleGoals = (overrides: Partial<Goals> = {}): Goals => ({ ...template().goals, ...overrides });

/** The seed plan: 10 % pool, 70/30 split, gate 85→0, 90→50, 100→100, 105→150, cap 200 %. */
export const exampleIncentives = (overrides: Partial<Incentives> = {}): Incentives => ({ ...template().incentives, ...overrides });

export const templateCommitments = () => template().commitments.rows;
