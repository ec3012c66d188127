import { randomUUID } from 'node:crypto';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { bodyHash, type Logger } from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';

/** Hash of a subgraph SDL as `_service { sdl }` returns it. */
export const sdlHash = (sdl: string) => bodyHash(sdl.trim());

type Verdict = 'ok' | 'mismatch';

/**
 * Verifies that each agency instance serves the agency schema the supergraph was composed from,
 * by comparing the hash of its `_service { sdl }` with the one recorded at composition. A
 * mismatch is reported (logged, shown in /health, and as AGENCY_SCHEMA_MISMATCH to clients) and
 * that instance is not used. An instance that cannot be reached gets no verdict and is reported
 * unavailable for this request without a second wait.
 */
export class SchemaCheck {
  private readonly verdicts = new Map<string, { verdict: Verdict; url: string; at: number }>();
  private readonly pending = new Map<string, Promise<Verdict | undefined>>();
  /** The agencies not yet checked since start (see checkAtStart); null once all were. */
  private starting: Set<string> | null = null;
  private stopped = false;

  /** @param ttlMs how long a verdict holds; default 60 s */
  constructor(
    private readonly expectedHash: string,
    private readonly logger: Logger,
    private readonly ttlMs = 60_000,
  ) {}

  /** @param url the instance's URL: a verdict holds for one agency at one address. */
  async verify(
    agencyCode: string,
    url: string,
    source: GraphQLDataSource<GatewayContext>,
  ): Promise<Verdict | 'unreachable'> {
    const known = this.verdicts.get(agencyCode);
    if (known && known.url === url && Date.now() - known.at < this.ttlMs) return known.verdict;
    const key = `${agencyCode} ${url}`;
    let check = this.pending.get(key);
    if (!check) {
      check = this.check(agencyCode, url, source).finally(() => this.pending.delete(key));
      this.pending.set(key, check);
    }
    // Unreachable gives no verdict: it is asked again next time, so a recovered agency is used at once.
    return (await check) ?? 'unreachable';
  }

  /**
   * Checks the instance now, whatever verdict is held: the probe of its circuit breaker (ADR
   * 0034). Its verdict, or undefined when it could not be reached (the verdict held is kept).
   */
  recheck(
    agencyCode: string,
    url: string,
    source: GraphQLDataSource<GatewayContext>,
  ): Promise<Verdict | undefined> {
    const key = `${agencyCode} ${url}`;
    let check = this.pending.get(key);
    if (!check) {
      check = this.check(agencyCode, url, source).finally(() => this.pending.delete(key));
      this.pending.set(key, check);
    }
    return check;
  }

  status(): Record<string, Verdict> {
    return Object.fromEntries([...this.verdicts].map(([code, v]) => [code, v.verdict]));
  }

  /**
   * Checks every agency of the directory once, at start: one not reachable yet is asked again
   * every `retryMs` until it answers or `graceMs` has passed (it is then left to be checked on
   * first use, as any agency is once its verdict expires). Until this is done the gateway's
   * /health says "starting" (see health).
   */
  async checkAtStart(
    codes: readonly string[],
    sourceFor: (
      code: string,
    ) => { url: string; source: GraphQLDataSource<GatewayContext> } | undefined,
    { retryMs = 1000, graceMs = 30_000 }: { retryMs?: number; graceMs?: number } = {},
  ): Promise<void> {
    this.starting = new Set(codes);
    const deadline = Date.now() + graceMs;
    await Promise.all(
      codes.map(async (code) => {
        for (;;) {
          const target = sourceFor(code);
          if (!target || this.stopped) break;
          const verdict = await this.verify(code, target.url, target.source);
          if (verdict !== 'unreachable' || Date.now() + retryMs > deadline || this.stopped) break;
          await new Promise((resolve) => setTimeout(resolve, retryMs).unref());
        }
        this.starting?.delete(code);
      }),
    );
    this.starting = null;
  }

  /** Ends the checks at start (the gateway is stopping). */
  stop(): void {
    this.stopped = true;
  }

  /**
   * What the gateway's /health says of the agencies: "starting" while some have not been checked
   * since start (listed in `pending`), then "ok"; and each agency's verdict so far.
   */
  health(): {
    status: 'starting' | 'ok';
    agencySchemas: Record<string, Verdict>;
    pending?: string[];
  } {
    const pending = this.starting ? [...this.starting].sort() : [];
    return {
      status: pending.length > 0 ? 'starting' : 'ok',
      agencySchemas: this.status(),
      ...(pending.length > 0 ? { pending } : {}),
    };
  }

  private async check(
    agencyCode: string,
    url: string,
    source: GraphQLDataSource<GatewayContext>,
  ): Promise<Verdict | undefined> {
    try {
      const response = await source.process({
        kind: GraphQLDataSourceRequestKind.HEALTH_CHECK,
        request: { query: 'query SchemaCheck { _service { sdl } }' },
        context: {
          identity: {
            agencyCode: 'GATEWAY',
            userId: 'gateway',
            roles: [],
            requestId: randomUUID(),
          },
          disclosedCategories: new Set(),
        },
      });
      const sdl = (response.data as { _service?: { sdl?: string } } | null | undefined)?._service
        ?.sdl;
      if (typeof sdl !== 'string') return undefined;
      const verdict: Verdict = sdlHash(sdl) === this.expectedHash ? 'ok' : 'mismatch';
      if (verdict === 'mismatch') {
        this.logger.error(
          { agency: agencyCode },
          'agency instance serves a schema that differs from the supergraph',
        );
      }
      this.verdicts.set(agencyCode, { verdict, url, at: Date.now() });
      return verdict;
    } catch {
      return undefined;
    }
  }
}
