import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { configuredMetricsToken, metricsAccess } from './metrics-endpoint';
import { redactAttributes } from './span-redaction';
import { tracingMode } from './tracing';

const req = (authorization?: string) =>
  ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

describe('span redaction', () => {
  it('keeps allowed attributes, and of a server span its route for its path', () => {
    expect(
      redactAttributes(
        {
          'http.request.method': 'GET',
          'http.route': 'other',
          'url.path': '/Mary-Murphy',
          'url.query': 'query=...&variables={"id":"x"}',
          'url.full': 'http://127.0.0.1:4000/Mary-Murphy?x=1',
          'graphql.document': 'query { serviceUser(id: "x") { givenName } }',
          'graphql.operation.name': 'PlanView',
          'db.query.text': 'SELECT 1 WHERE id = $1',
          'db.postgresql.values': ['x'],
          'http.request.header.authorization': ['Bearer t'],
          'icp.agency.code': 'PROB',
        },
        SpanKind.SERVER,
      ),
    ).toEqual({
      'http.request.method': 'GET',
      'http.route': 'other',
      'url.path': 'other',
      'url.full': 'http://127.0.0.1:4000',
      'graphql.operation.name': 'PlanView',
      'db.query.text': 'SELECT 1 WHERE id = $1',
      'icp.agency.code': 'PROB',
    });
  });

  it('keeps of a client span only the origin it called', () => {
    expect(
      redactAttributes(
        { 'url.full': 'https://user:pw@cm:4001/internal/x?id=1', 'url.path': '/internal/x' },
        SpanKind.CLIENT,
      ),
    ).toEqual({ 'url.full': 'https://cm:4001' });
  });
});

describe('metrics access', () => {
  it('needs the bearer token when one is configured', () => {
    expect(metricsAccess(req('Bearer s3cret-token-0123456'), 's3cret-token-0123456', true)).toBe(
      'allowed',
    );
    expect(metricsAccess(req('Bearer wrong'), 's3cret-token-0123456', false)).toBe(
      'unauthenticated',
    );
    expect(metricsAccess(req(), 's3cret-token-0123456', false)).toBe('unauthenticated');
  });

  it('is off in production without a token, open elsewhere', () => {
    expect(metricsAccess(req(), undefined, true)).toBe('off');
    expect(metricsAccess(req(), undefined, false)).toBe('allowed');
  });

  it('reads the token from METRICS_TOKEN_FILE, again when the file changes', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'icp-metrics-')), 'token');
    writeFileSync(file, 'first-token-0123456789\n');
    expect(configuredMetricsToken({ METRICS_TOKEN_FILE: file })).toBe('first-token-0123456789');
    writeFileSync(file, 'second-token-0123456789\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(configuredMetricsToken({ METRICS_TOKEN_FILE: file })).toBe('second-token-0123456789');
    expect(configuredMetricsToken({ METRICS_TOKEN: 'env-wins', METRICS_TOKEN_FILE: file })).toBe(
      'env-wins',
    );
    writeFileSync(file, '');
    expect(() => configuredMetricsToken({ METRICS_TOKEN_FILE: file })).toThrow(/empty/);
  });
});

describe('tracing mode', () => {
  it('is on only with an OTLP endpoint, and never when disabled', () => {
    expect(tracingMode({})).toEqual({ on: false, reason: expect.stringContaining('no OTLP') });
    expect(tracingMode({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toEqual({ on: true });
    expect(tracingMode({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://c:4318/v1/traces' })).toEqual({
      on: true,
    });
    expect(
      tracingMode({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }).on,
    ).toBe(false);
    expect(
      tracingMode({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' })
        .on,
    ).toBe(false);
    expect(tracingMode({ OTEL_SDK_DISABLED: 'TRUE' }, true).on).toBe(false);
    expect(tracingMode({}, true).on).toBe(true);
  });
});
