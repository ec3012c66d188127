import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { agencyFetchDuration, agencyUp, type ErrorCode } from '@icp/shared';

type Sent = { response: GatewayGraphQLResponse } | { failure: ErrorCode };

const tracer = trace.getTracer('icp-gateway');

/**
 * One request of the gateway to one agency instance, observed (ADR 0038): a span `agency fetch`
 * around it (attribute `icp.agency.code`), so the HTTP call it makes is its child; its time in
 * icp_agency_fetch_duration_seconds by outcome (`ok`, or the error code the agency's part got);
 * icp_agency_up 1 when the agency answered, 0 when it did not. An agency not in the directory
 * (AGENCY_UNKNOWN) is labelled `unknown`, so labels stay bounded.
 */
export async function observeAgencyFetch(code: string, send: () => Promise<Sent>): Promise<Sent> {
  const timer = agencyFetchDuration.startTimer();
  return tracer.startActiveSpan('agency fetch', async (span) => {
    try {
      const result = await send();
      const outcome = 'failure' in result ? result.failure : 'ok';
      const agency = outcome === 'AGENCY_UNKNOWN' ? 'unknown' : code;
      span.setAttribute('icp.agency.code', agency);
      span.setAttribute('icp.agency.outcome', outcome);
      if (outcome !== 'ok') span.setStatus({ code: SpanStatusCode.ERROR });
      timer({ agency, outcome });
      // An instance that answered (even refusing: a schema mismatch) is up.
      if (agency !== 'unknown') agencyUp.set({ agency }, outcome === 'AGENCY_UNAVAILABLE' ? 0 : 1);
      return result;
    } finally {
      span.end();
    }
  });
}
