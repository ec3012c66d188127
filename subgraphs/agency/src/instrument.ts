/**
 * An agency instance's main's first import: starts tracing, when configured, before anything
 * loads `http` or `pg` (ADR 0038). Imports nothing of the shared package's index, which loads
 * `pg`. Each instance is its own service, `agency-<code>`.
 */
import { startTracing } from '@icp/shared/dist/telemetry/tracing';

// The pattern of AGENCY_CODE_PATTERN (the index that exports it loads `pg`).
const code = /^[A-Z][A-Z0-9]{1,15}$/.test(process.env.AGENCY_CODE ?? '')
  ? process.env.AGENCY_CODE!
  : undefined;

export const tracing = startTracing({
  serviceName: code ? `agency-${code}` : 'agency',
  attributes: { 'service.namespace': 'icp', ...(code ? { 'icp.agency.code': code } : {}) },
});
