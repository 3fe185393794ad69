/** The scoring step's pure rules: placement → points, board moves, matching, lead scores, team rankings. */
export * from './tier-points';
export * from './board';
export * from './match';
export * from './score';
export * from './decay';
export * from './rankings';
export * from './changes';
