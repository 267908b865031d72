import { monitor } from './monitor';
import type { ObjectivesReport } from './objective-types';
import { objectivesReport } from './quality';

/** GET /api/objectives for one viewer: the request SLO's burn rates come from this instance's windows, the rest from the database. */
export function objectivesFor(viewer: { sessionId?: string; isAdmin: boolean }): Promise<ObjectivesReport> {
  const m = monitor();
  return objectivesReport(viewer, (seconds) => m.windows.aggregate(seconds));
}
