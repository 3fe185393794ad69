import type { ScoringModel } from '../../../shared/model/scoring';
import type { BacktestMapping, BacktestOptions, BacktestResult, RejectedRow } from '../../../shared/rules/backtest';

/** The model to score with; `seq` lets the page drop answers to models it has since replaced. */
export interface ScoreRequest {
  seq: number;
  model: ScoringModel;
  options: BacktestOptions;
}

/** Messages between the backtest panel and its worker. Only small, plain objects cross; the leads stay in the worker. */
export type BacktestRequest =
  | { type: 'parse'; workshopId: string; file: File; headers: string[]; mapping: BacktestMapping; score: ScoreRequest }
  | { type: 'cancel' }
  | { type: 'load'; workshopId: string }
  | ({ type: 'score' } & ScoreRequest)
  | { type: 'forget'; workshopId: string };

export interface TableSummary {
  workshopId: string;
  fileName: string;
  importedAt: string;
  rowsRead: number;
  /** Rows kept (rowsRead − rejectedCount). */
  rowCount: number;
  rejectedCount: number;
  rejected: RejectedRow[];
  parseMs: number;
}

export type BacktestResponse =
  | { type: 'progress'; fraction: number; rows: number }
  | { type: 'parsed'; summary: TableSummary }
  | { type: 'cancelled' }
  | { type: 'loaded'; summary: TableSummary | null }
  | { type: 'forgotten' }
  | { type: 'scored'; seq: number; result: BacktestResult; ms: number }
  | { type: 'error'; message: string };
