export * from './rates';
export * from './funnel';
export * from './incentives';
export * from './commitments';
export * from './rate-steps';
export * from './pool';
