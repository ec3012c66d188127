import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isKnownErrorCode } from '../errors/error-codes';
import { tokenCounts } from '../identity/token-counters';

/**
 * The process's Prometheus metrics (ADR 0038), served at GET /metrics by every server of the
 * process (see metrics-endpoint.ts). One registry per process: deployed, a process is one server;
 * in `npm test` all servers share it and the `service` label tells them apart.
 *
 * Labels are bounded and never carry service-user data: a service name, a route from a fixed
 * list, an HTTP method and status, an error code, an agency code from the directory, a consent
 * category and basis. No user id, no operation name (free text a client chooses), no variable.
 */
export const metricsRegistry = new Registry();

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const FAST_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Requests answered, by server, route, method and status: rate, latency and refusals. */
export const httpRequestDuration = new Histogram({
  name: 'icp_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by service, route, method and status',
  labelNames: ['service', 'route', 'method', 'status'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** Errors answered, by their stable `extensions.code` (GraphQL errors and HTTP refusals alike). */
export const errorsTotal = new Counter({
  name: 'icp_errors_total',
  help: 'Errors answered to callers, by service and extensions.code',
  labelNames: ['service', 'code'] as const,
  registers: [metricsRegistry],
});

/** The gateway's requests to each agency instance, by outcome (ok or the error code given). */
export const agencyFetchDuration = new Histogram({
  name: 'icp_agency_fetch_duration_seconds',
  help: "Time of the gateway's requests to each agency instance, by agency and outcome",
  labelNames: ['agency', 'outcome'] as const,
  buckets: SECONDS,
  registers: [metricsRegistry],
});

/** 1 when the gateway's last request to the agency was answered, 0 when it was not. */
export const agencyUp = new Gauge({
  name: 'icp_agency_up',
  help: "Whether the gateway's last request to the agency instance was answered (1) or not (0)",
  labelNames: ['agency'] as const,
  registers: [metricsRegistry],
});

let circuitStates: (() => Record<string, string>) | undefined;

/** Where icp_agency_circuit_open reads each agency's circuit state (the gateway's data source). */
export function readAgencyCircuitsFrom(read: () => Record<string, string>): void {
  circuitStates = read;
}

/** 1 while the gateway's circuit breaker for the agency is open or probing (ADR 0034), else 0. */
export const agencyCircuitOpen = new Gauge({
  name: 'icp_agency_circuit_open',
  help: "Whether the gateway's circuit breaker for the agency is open or half-open (1) or closed (0)",
  labelNames: ['agency'] as const,
  registers: [metricsRegistry],
  collect() {
    if (!circuitStates) return;
    this.reset();
    for (const [agency, state] of Object.entries(circuitStates())) {
      this.set({ agency }, state === 'closed' ? 0 : 1);
    }
  },
});

/**
 * Consent verdicts given so far, by decision, basis and category (countConsentDecision): plain
 * numbers on the hot path (a verdict per protected field), read into the counter when scraped.
 */
const consentCounts = {
  allowed: new Map<string, Map<string, number>>(),
  denied: new Map<string, Map<string, number>>(),
};
/** Consent verdicts given, allowed or denied, by basis (or reason) and category. */
export const consentDecisions = new Counter({
  name: 'icp_consent_decisions_total',
  help: 'Consent verdicts on protected reads, by decision, basis or reason, and category',
  labelNames: ['decision', 'basis', 'category'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [decision, byBasis] of Object.entries(consentCounts))
      for (const [basis, byCategory] of byBasis)
        for (const [category, n] of byCategory) this.inc({ decision, basis, category }, n);
  },
});

/** Time from asking for an audit append to its entries being committed (queue included). */
export const auditAppendDuration = new Histogram({
  name: 'icp_audit_append_duration_seconds',
  help: 'Time to append entries to a hash-chained audit trail (group commit wait included)',
  labelNames: ['chain', 'outcome'] as const,
  buckets: FAST_SECONDS,
  registers: [metricsRegistry],
});

/**
 * Token signatures and verifications (EdDSA) by this process, by issuer (signed) or audience
 * (verified): read from the in-process counts of identity/token-counters.ts when scraped, so the
 * hot path stays one map increment. The benchmarks read each server process's own (ADR 0046).
 */
export const tokensSigned = new Counter({
  name: 'icp_tokens_signed_total',
  help: 'Signed tokens (service request tokens) issued by this process, by issuer',
  labelNames: ['issuer'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [issuer, n] of Object.entries(tokenCounts().signed)) this.inc({ issuer }, n);
  },
});

export const tokensVerified = new Counter({
  name: 'icp_tokens_verified_total',
  help: 'Token signatures verified by this process (user and service tokens), by audience',
  labelNames: ['audience'] as const,
  registers: [metricsRegistry],
  collect() {
    this.reset();
    for (const [audience, n] of Object.entries(tokenCounts().verified)) this.inc({ audience }, n);
  },
});

let processMetrics = false;

/** Adds the process's CPU, memory, event loop and GC metrics (prom-client's), once. */
export function collectProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  collectDefaultMetrics({ register: metricsRegistry });
}

/**
 * Counts one consent verdict. `basis` is the reason a read was allowed (HOLDER, CONSENT, ...) or
 * refused (NO_CONSENT, CONSENT_SERVICE_UNAVAILABLE); `category` a consent category or NONE.
 * One map increment: prom-client's own increment hashes its labels on every call (ADR 0051).
 */
export function countConsentDecision(allowed: boolean, basis: string, category: string): void {
  const byBasis = allowed ? consentCounts.allowed : consentCounts.denied;
  let byCategory = byBasis.get(basis);
  if (!byCategory) {
    byCategory = new Map<string, number>();
    byBasis.set(basis, byCategory);
  }
  byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
}

/**
 * Counts errors answered by a service, by code. A code outside the federation's list (an agency
 * instance is another party and could say anything) is counted as OTHER: labels stay bounded.
 */
export function countErrors(service: string, codes: Iterable<unknown>): void {
  for (const code of codes) {
    const known = isKnownErrorCode(code) || code === 'PAYLOAD_TOO_LARGE';
    errorsTotal.inc({ service, code: known ? code : 'OTHER' });
  }
}
