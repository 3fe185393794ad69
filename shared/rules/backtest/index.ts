/** Backtesting the scoring model on historical leads: mapping, columnar table, fast scoring, metrics, suggestions, the comparison with today's CRM score and the fit × engagement matrix. */
export * from './mapping';
export * from './table';
export * from './score-table';
export * from './metrics';
export * from './suggest';
export * from './run';
export * from './delimited-lines';
export * from './csv-limits';
export * from './presets';
export * from './preview-counts';
export * from './today-score';
export * from './matrix';
