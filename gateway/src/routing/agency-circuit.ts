import {
  BrokenCircuitError,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  handleAll,
  type CircuitBreakerPolicy,
} from 'cockatiel';
import type { Logger } from '@icp/shared';

/** How an agency's circuit breaker behaves (GatewayOptions.agencyCircuit). */
export interface AgencyCircuitSettings {
  /** Consecutive failed calls to one agency that open its circuit; default 3. */
  failures?: number;
  /** How long an open circuit refuses calls before one probe is sent; default 10 000 ms. */
  halfOpenAfterMs?: number;
}

export const DEFAULT_AGENCY_CIRCUIT: Required<AgencyCircuitSettings> = {
  failures: 3,
  halfOpenAfterMs: 10_000,
};

export type AgencyCircuitState = 'closed' | 'open' | 'half-open';

/**
 * The circuit breaker of one agency instance (ADR 0034), a cockatiel policy. Closed, every call
 * goes to the agency; `failures` consecutive failed calls (unreachable, timed out, refused the
 * gateway, a 5xx) open it. Open, a call fails at once with BrokenCircuitError, sending nothing;
 * the first call after `halfOpenAfterMs` also starts one probe in the background (`probe`: the
 * agency's schema check, `_service { sdl }`), and the circuit is half-open while it runs, still
 * refusing calls, so that no client request waits for an agency that may still be down. A probe
 * that succeeds closes the circuit; one that fails opens it for another `halfOpenAfterMs`.
 */
export class AgencyCircuit {
  private readonly policy: CircuitBreakerPolicy;
  private probing = false;

  /** @param probe resolves true when the agency answered (whatever its schema), false if not */
  constructor(
    readonly agencyCode: string,
    private readonly probe: () => Promise<boolean>,
    settings: AgencyCircuitSettings = {},
    logger?: Logger,
  ) {
    const { failures, halfOpenAfterMs } = { ...DEFAULT_AGENCY_CIRCUIT, ...settings };
    this.policy = circuitBreaker(handleAll, {
      halfOpenAfter: halfOpenAfterMs,
      breaker: new ConsecutiveBreaker(failures),
    });
    this.policy.onBreak(() =>
      logger?.warn(
        { agency: agencyCode, retryInMs: halfOpenAfterMs },
        'agency circuit open: its parts fail at once with AGENCY_UNAVAILABLE until a probe succeeds',
      ),
    );
    this.policy.onReset(() => logger?.info({ agency: agencyCode }, 'agency circuit closed'));
  }

  get state(): AgencyCircuitState {
    switch (this.policy.state) {
      case CircuitState.Closed:
        return 'closed';
      case CircuitState.HalfOpen:
        return 'half-open';
      default:
        return 'open';
    }
  }

  /**
   * Runs one call to the agency through the breaker: its failure (a rejection) counts toward
   * opening the circuit. While the circuit is not closed, rejects at once with
   * BrokenCircuitError without calling `fn`, and starts the probe when one is due.
   */
  async call<T>(fn: () => Promise<T>): Promise<T> {
    if (this.policy.state === CircuitState.Closed) return this.policy.execute(() => fn());
    if (this.policy.state === CircuitState.Open) this.startProbe();
    throw new BrokenCircuitError();
  }

  /** One probe at a time; cockatiel refuses it (BrokenCircuitError) until one is due. */
  private startProbe(): void {
    if (this.probing) return;
    this.probing = true;
    this.policy
      .execute(async () => {
        if (!(await this.probe())) throw new Error(`agency ${this.agencyCode} did not answer`);
      })
      .catch(() => undefined)
      .finally(() => {
        this.probing = false;
      });
  }
}
