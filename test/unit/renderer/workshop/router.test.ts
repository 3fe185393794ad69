import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../../renderer/src/router';
import { STEP_IDS } from '../../../../shared/model/step-ids';
import { STEPS } from '../../../../renderer/src/features/steps';

describe('routes in the hash', () => {
  it('reads every step of a workshop and writes it back the same', () => {
    for (const step of STEP_IDS) {
      const route: Route = { name: 'workshop', workshopId: 'w 1', step };
      expect(parseRoute(routeHash(route))).toEqual(route);
    }
  });

  it('opens an unknown step on the first one, and a workshop without an id on the library', () => {
    expect(parseRoute('#/workshop/w1/nonsense')).toEqual({ name: 'workshop', workshopId: 'w1', step: 'participants' });
    expect(parseRoute('#/workshop')).toEqual({ name: 'library' });
  });

  it('the plain step list and the screens of the agenda agree, in order', () => {
    expect(STEPS.map((s) => s.id)).toEqual([...STEP_IDS]);
  });
});
