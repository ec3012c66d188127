/**
 * The gateway main's first import: starts tracing, when configured, before anything loads `http`
 * (ADR 0038). Imports nothing of the shared package's index, which loads `pg`.
 */
import { startTracing } from '@icp/shared/dist/telemetry/tracing';

// Apollo Gateway reports its version and cloud platform to Apollo every hour unless told not to:
// the federation's telemetry goes to its own collector only.
process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';

export const tracing = startTracing({
  serviceName: 'gateway',
  attributes: { 'service.namespace': 'icp' },
});
