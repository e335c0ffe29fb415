import type { FastifyInstance } from 'fastify';
import type { TimeSavedReporter } from '../../review/time-saved-report.ts';
import { TimeSavedQuery } from '../../review/time-saved-report.ts';
import { identityOfRequest, requireRight } from '../auth.ts';
import { parseOr } from './review.routes.ts';

/**
 * `GET /v1/reports/time-saved?from=&to=&rep=`: manual entry saved per rep and week, the figures of the
 * manager's page at `/reports/time-saved`. A rep gets the figures of their own calls only (as in the call
 * list); a manager, every rep's or the one `rep` names.
 */
export async function reportsRoutes(app: FastifyInstance, deps: { timeSaved: TimeSavedReporter }): Promise<void> {
  app.get('/v1/reports/time-saved', requireRight('calls:read'), async (request) => {
    const query = parseOr(TimeSavedQuery, request.query, 'QUERY_INVALID');
    return deps.timeSaved.report(identityOfRequest(request), query);
  });
}
