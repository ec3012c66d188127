/**
 * case-management's main's first import: starts tracing, when configured, before anything loads
 * `http` or `pg` (ADR 0038). Imports nothing of the shared package's index, which loads `pg`.
 */
import { startTracing } from '@icp/shared/dist/telemetry/tracing';

export const tracing = startTracing({
  serviceName: 'case-management',
  attributes: { 'service.namespace': 'icp' },
});
