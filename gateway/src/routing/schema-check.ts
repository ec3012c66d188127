import { randomUUID } from 'node:crypto';
import type { GraphQLDataSource } from '@apollo/gateway';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import { bodyHash, type Logger } from '@icp/shared';
import type { GatewayContext } from '../request/gateway-context';
import {
  compareAgencySchema,
  type SchemaComparison,
  type SchemaVerdict,
} from './schema-compatibility';

/** Hash of a subgraph SDL as `_service { sdl }` returns it. */
export const sdlHash = (sdl: string) => bodyHash(sdl.trim());

type Verdict = SchemaVerdict;

/** The agency subgraph schema the supergraph was composed from (the manifest records it). */
export interface ComposedAgencySchema {
  sdlSha256: string;
  /** Absent in a manifest composed before ADR 0040: then only the same hash is `ok`. */
  sdl?: string;
}

/** Comparisons kept, by the instance SDL's hash: instances of one release share one. */
const MAX_COMPARISONS = 32;
/** Breaking differences named in the log line of a mismatch. */
const LOGGED_DIFFERENCES = 10;

/** Any other hash, when the manifest has no SDL to compare with. */
const UNKNOWN_DIFFERENCE: SchemaComparison = {
  verdict: 'mismatch',
  breaking: [{ coordinate: '(schema)', type: 'SDL_HASH_DIFFERS', message: 'no SDL to compare' }],
  dangerous: [],
  additions: 0,
};

/**
 * Verifies that each agency instance serves a schema the gateway can route the supergraph's
 * queries to (ADR 0040): its `_service { sdl }` is the one composed (same hash: `ok`), or differs
 * from it only by additions (`ahead`, a newer release: served), or differs in a way that breaks
 * (`mismatch`: a release behind, or another schema). A mismatch is reported (logged with what
 * breaks, shown in /health, and as AGENCY_SCHEMA_MISMATCH to clients) and that instance is not
 * used. An instance that cannot be reached gets no verdict and is reported unavailable for this
 * request without a second wait.
 */
export class SchemaCheck {
  private readonly verdicts = new Map<string, { verdict: Verdict; url: string; at: number }>();
  private readonly pending = new Map<string, Promise<Verdict | undefined>>();
  private readonly comparisons = new Map<string, Promise<SchemaComparison>>();
  /** The agencies not yet checked since start (see checkAtStart); null once all were. */
  private starting: Set<string> | null = null;
  private stopped = false;

  /** @param ttlMs how long a verdict holds; default 60 s */
  constructor(
    private readonly composed: ComposedAgencySchema,
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
      const verdict = await this.judge(agencyCode, sdl);
      this.verdicts.set(agencyCode, { verdict, url, at: Date.now() });
      return verdict;
    } catch {
      return undefined;
    }
  }

  /** The verdict on an instance's SDL; logged when it differs from the composed one. */
  private async judge(agencyCode: string, sdl: string): Promise<Verdict> {
    const hash = sdlHash(sdl);
    if (hash === this.composed.sdlSha256) return 'ok';
    const composedSdl = this.composed.sdl;
    let comparison = this.comparisons.get(hash);
    if (!comparison) {
      if (this.comparisons.size >= MAX_COMPARISONS) this.comparisons.clear();
      comparison = composedSdl
        ? compareAgencySchema(composedSdl, sdl)
        : Promise.resolve(UNKNOWN_DIFFERENCE);
      this.comparisons.set(hash, comparison);
    }
    const { verdict, breaking, dangerous, additions } = await comparison;
    const previous = this.verdicts.get(agencyCode)?.verdict;
    if (verdict === 'mismatch') {
      this.logger.error(
        {
          agency: agencyCode,
          breaking: breaking.slice(0, LOGGED_DIFFERENCES).map((d) => `${d.coordinate}: ${d.type}`),
          breakingCount: breaking.length,
        },
        'agency instance serves a schema that breaks the supergraph; not served',
      );
    } else if (verdict === 'ahead' && previous !== 'ahead') {
      this.logger.info(
        {
          agency: agencyCode,
          additions,
          dangerous: dangerous
            .slice(0, LOGGED_DIFFERENCES)
            .map((d) => `${d.coordinate}: ${d.type}`),
        },
        'agency instance serves a newer schema (additions only); served',
      );
    }
    return verdict;
  }
}
