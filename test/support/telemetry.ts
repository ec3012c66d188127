import http from 'node:http';
import pg from 'pg';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { startTracing, type Tracing } from '@icp/shared';

export interface TestTracing {
  /** Every span the process's servers ended, as exported: after redaction (empty with `otlp`). */
  exporter: InMemorySpanExporter;
  tracing: Tracing;
  /** Stops tracing and takes the instrumentations' patches off `http` and `pg` again. */
  stop(): Promise<void>;
}

/**
 * Tracing into memory for one test file, through the same pipeline as production
 * (startTracing: the instrumentations, the redacting processor), with nothing sent anywhere.
 *
 * In production the SDK's require hooks patch `http` and `pg` as a main loads them. jest loads
 * modules through its own registry, which those hooks never see, so here each instrumentation's
 * own patch is applied to the `http` and `pg` modules this file's servers use (the same objects:
 * `http` is Node's, `pg` this file's registry's). The undici (fetch) instrumentation needs no
 * hook: it listens on Node's diagnostics channels.
 */
export function startTestTracing(o: { otlp?: boolean } = {}): TestTracing {
  const exporter = new InMemorySpanExporter();
  // `otlp`: as deployed, batched and sent by OTLP/HTTP where OTEL_EXPORTER_OTLP_ENDPOINT says.
  const tracing = o.otlp
    ? startTracing({ serviceName: 'telemetry-bench' })
    : startTracing({ serviceName: 'telemetry-test', exporter, env: {} });
  if (!tracing.enabled) throw new Error(`tracing did not start: ${tracing.reason}`);
  const targets: Record<string, unknown> = { http, pg };
  const undo: (() => void)[] = [];
  for (const instrumentation of tracing.instrumentations) {
    for (const definition of instrumentation.getModuleDefinitions()) {
      const target = targets[definition.name];
      if (!target || !definition.patch) continue;
      definition.patch(target);
      undo.push(() => definition.unpatch?.(target));
    }
  }
  return {
    exporter,
    tracing,
    stop: async () => {
      for (const u of undo.reverse()) u();
      await tracing.shutdown();
    },
  };
}
