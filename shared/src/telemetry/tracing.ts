/**
 * OpenTelemetry tracing for one process (ADR 0038). Each server's main starts it before it loads
 * anything else (`src/instrument.ts`, the first import of each main), so that the HTTP and
 * PostgreSQL instrumentations hook `http` and `pg` as they are first required.
 *
 * On only when an OTLP endpoint is configured (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or
 * OTEL_EXPORTER_OTLP_ENDPOINT) and OTEL_SDK_DISABLED is not true; OTEL_TRACES_EXPORTER=none
 * also turns it off. Off, nothing of the SDK is even loaded and the API's no-op tracer answers.
 * Everything else (service name and resource attributes, sampler, batch sizes, headers and
 * timeouts of the exporter, propagators) follows the standard OTEL_* variables.
 *
 * This file is light on purpose: it is loaded first, and the SDK (slow to load) only when on.
 */
import type * as SdkNode from '@opentelemetry/sdk-node';
import type * as SdkTraceBase from '@opentelemetry/sdk-trace-base';
import type * as OtlpHttp from '@opentelemetry/exporter-trace-otlp-http';
import type * as InstrumentationHttp from '@opentelemetry/instrumentation-http';
import type * as InstrumentationUndici from '@opentelemetry/instrumentation-undici';
import type * as InstrumentationPg from '@opentelemetry/instrumentation-pg';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { RedactingSpanProcessor } from './span-redaction';

export interface TracingOptions {
  /** service.name, unless OTEL_SERVICE_NAME says otherwise. */
  serviceName: string;
  /** Further resource attributes (OTEL_RESOURCE_ATTRIBUTES adds its own). */
  attributes?: Record<string, string>;
  /**
   * Export finished spans here, one by one, instead of by OTLP (the telemetry test's
   * InMemorySpanExporter); then only OTEL_SDK_DISABLED turns tracing off.
   */
  exporter?: SpanExporter;
  env?: NodeJS.ProcessEnv;
}

export type TracedInstrumentation =
  | InstrumentationHttp.HttpInstrumentation
  | InstrumentationUndici.UndiciInstrumentation
  | InstrumentationPg.PgInstrumentation;

export interface Tracing {
  enabled: boolean;
  /** Why tracing is off, for the start-up log line. */
  reason?: string;
  /** The instrumentations in use (none when off). */
  instrumentations: readonly TracedInstrumentation[];
  /** Exports what is pending and stops (instrumentations unhooked). */
  shutdown(): Promise<void>;
}

const isTrue = (v: string | undefined) => (v ?? '').trim().toLowerCase() === 'true';

/** Whether tracing runs, and why not, under these environment variables. */
export function tracingMode(
  env: NodeJS.ProcessEnv,
  hasExporter = false,
): { on: true } | { on: false; reason: string } {
  if (isTrue(env.OTEL_SDK_DISABLED)) return { on: false, reason: 'OTEL_SDK_DISABLED is true' };
  if (hasExporter) return { on: true };
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '').split(',').map((e) => e.trim());
  if (exporters.includes('none')) return { on: false, reason: 'OTEL_TRACES_EXPORTER is none' };
  if (!env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT && !env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    return { on: false, reason: 'no OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT)' };
  }
  return { on: true };
}

/** Paths no span is made for: probes and scrapes, most of all requests and telling nothing. */
const UNTRACED_PATHS = new Set(['/health', '/metrics']);

function untraced(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  return UNTRACED_PATHS.has(path);
}

/* eslint-disable @typescript-eslint/no-require-imports -- loaded only when tracing is on: the
   SDK takes seconds to load on a busy machine, and a process without tracing pays nothing. */
function loadSdk() {
  return {
    sdkNode: require('@opentelemetry/sdk-node') as typeof SdkNode,
    sdkTraceBase: require('@opentelemetry/sdk-trace-base') as typeof SdkTraceBase,
    otlpHttp: require('@opentelemetry/exporter-trace-otlp-http') as typeof OtlpHttp,
    http: require('@opentelemetry/instrumentation-http') as typeof InstrumentationHttp,
    undici: require('@opentelemetry/instrumentation-undici') as typeof InstrumentationUndici,
    pg: require('@opentelemetry/instrumentation-pg') as typeof InstrumentationPg,
  };
}
/* eslint-enable @typescript-eslint/no-require-imports */

let current: Tracing | undefined;

/**
 * Starts tracing for this process when the environment asks for it (see tracingMode). Once per
 * process: a second call returns the first one's tracing.
 */
export function startTracing(o: TracingOptions): Tracing {
  if (current) return current;
  const env = o.env ?? process.env;
  const mode = tracingMode(env, o.exporter !== undefined);
  if (!mode.on) {
    return {
      enabled: false,
      reason: mode.reason,
      instrumentations: [],
      shutdown: async () => {},
    };
  }
  const m = loadSdk();
  // Made before anything loads `http` or `pg`: each hooks its module as it is required.
  const instrumentations: TracedInstrumentation[] = [
    new m.http.HttpInstrumentation({
      ignoreIncomingRequestHook: (req) => untraced(req.url),
      // Only fetch (undici) is used for outgoing calls; node:http clients would be libraries'.
      ignoreOutgoingRequestHook: (req) => untraced(req.path ?? undefined),
    }),
    // Every hop between the federation's servers is a fetch: its client span, and the W3C trace
    // context (traceparent) it sends, come from here.
    new m.undici.UndiciInstrumentation({
      ignoreRequestHook: (req) => untraced(req.path),
    }),
    new m.pg.PgInstrumentation({
      // Values are service users' data: only the statement text (with $n placeholders).
      enhancedDatabaseReporting: false,
      // Start-up work (migrations, seeding) is no request's.
      requireParentSpan: true,
      ignoreConnectSpans: true,
    }),
  ];
  const exporting = o.exporter
    ? new m.sdkTraceBase.SimpleSpanProcessor(o.exporter)
    : new m.sdkTraceBase.BatchSpanProcessor(new m.otlpHttp.OTLPTraceExporter());
  const sdk = new m.sdkNode.NodeSDK({
    // OTEL_SERVICE_NAME, when set, names the service (the SDK's option would override it).
    ...(env.OTEL_SERVICE_NAME ? {} : { serviceName: o.serviceName }),
    ...(o.attributes
      ? {
          resource: m.sdkNode.resources
            .defaultResource()
            .merge(m.sdkNode.resources.resourceFromAttributes(o.attributes)),
        }
      : {}),
    instrumentations,
    spanProcessors: [new RedactingSpanProcessor(exporting)],
    // Metrics are Prometheus's (prom-client, /metrics); logs are pino's, on stdout.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  const tracing: Tracing = {
    enabled: true,
    instrumentations,
    shutdown: async () => {
      if (current === tracing) current = undefined;
      for (const i of instrumentations) i.disable();
      await sdk.shutdown();
    },
  };
  current = tracing;
  return tracing;
}

/** Exports the spans still pending and stops tracing, if this process started it. */
export async function shutdownTracing(): Promise<void> {
  await current?.shutdown();
}
