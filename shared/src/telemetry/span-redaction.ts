import { SpanKind, type Attributes, type Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor, TimedEvent } from '@opentelemetry/sdk-trace-base';

/**
 * The span attributes that leave a process (ADR 0038): an allow-list, so that whatever an
 * instrumentation adds in a later version stays in the process until someone has looked at it.
 * None can carry service-user data: methods, statuses, routes, addresses, the database and its
 * parameterised statement text (values are never recorded), GraphQL operation names and types,
 * and this project's own `icp.*` attributes (agency codes, outcomes).
 */
const KEPT = new Set([
  // HTTP, stable and older semantic conventions
  'http.request.method',
  'http.request.method_original',
  'http.response.status_code',
  'http.route',
  'http.method',
  'http.status_code',
  'http.scheme',
  'http.flavor',
  'url.scheme',
  'url.path',
  'url.full',
  'http.url',
  'http.target',
  'server.address',
  'server.port',
  'client.address',
  'network.peer.address',
  'network.peer.port',
  'network.protocol.name',
  'network.protocol.version',
  'network.transport',
  'net.host.name',
  'net.host.port',
  'net.peer.name',
  'net.peer.port',
  'net.peer.ip',
  'user_agent.original',
  'error.type',
  // PostgreSQL (pg): statement text has $n placeholders; values are not recorded
  'db.system',
  'db.system.name',
  'db.name',
  'db.namespace',
  'db.operation.name',
  'db.statement',
  'db.query.text',
  'db.user',
  'db.client.connection.pool.name',
  'db.client.connection.state',
  // GraphQL (Apollo Gateway's spans): the operation's name and type, never its document
  'graphql.operation.name',
  'graphql.operation.type',
  'operationName',
  'service',
]);

/** Attributes holding a full URL, and those holding a path (with or without its query). */
const URLS = new Set(['url.full', 'http.url']);
const PATHS = new Set(['url.path', 'http.target']);

/** Of an exception event only its type is kept: messages and stacks can quote input. */
const KEPT_EVENT_ATTRIBUTES = new Set(['exception.type', 'exception.escaped']);

/** A URL's origin (scheme, host, port): no path, query or credentials. */
function originOf(value: unknown): string | undefined {
  try {
    const origin = new URL(String(value)).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * The attributes of a span that may be exported. Paths and queries are dropped: a query can
 * carry a GraphQL document and its variables, and a path anything its sender put in it. A
 * server span's path becomes its route instead (one of the server's known paths or 'other', set
 * by the HTTP server); a client span keeps the origin it called (its server span, a child, names
 * the route).
 */
export function redactAttributes(attributes: Attributes, kind: SpanKind): Attributes {
  const out: Attributes = {};
  for (const [key, value] of Object.entries(attributes)) {
    if ((!KEPT.has(key) && !key.startsWith('icp.')) || PATHS.has(key)) continue;
    if (URLS.has(key)) {
      const origin = originOf(value);
      if (origin) out[key] = origin;
    } else out[key] = value;
  }
  const route = out['http.route'];
  if (kind === SpanKind.SERVER && typeof route === 'string') out['url.path'] = route;
  return out;
}

function redactEvent(event: TimedEvent): TimedEvent {
  if (!event.attributes) return event;
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(event.attributes)) {
    if (KEPT_EVENT_ATTRIBUTES.has(key)) attributes[key] = value;
  }
  return { ...event, attributes };
}

/** A copy of the span as it may be exported: allowed attributes only, no status message. */
export function redactSpan(span: ReadableSpan): ReadableSpan {
  return {
    name: span.name,
    kind: span.kind,
    spanContext: () => span.spanContext(),
    ...(span.parentSpanContext ? { parentSpanContext: span.parentSpanContext } : {}),
    startTime: span.startTime,
    endTime: span.endTime,
    status: { code: span.status.code },
    attributes: redactAttributes(span.attributes, span.kind),
    links: span.links.map((l) => ({ context: l.context })),
    events: span.events.map(redactEvent),
    duration: span.duration,
    ended: span.ended,
    resource: span.resource,
    instrumentationScope: span.instrumentationScope,
    droppedAttributesCount: span.droppedAttributesCount,
    droppedEventsCount: span.droppedEventsCount,
    droppedLinksCount: span.droppedLinksCount,
  };
}

/**
 * Passes every ended span on to `next` (a batch processor and its OTLP exporter) redacted: the
 * one door spans leave a process by, so no instrumentation can export service-user data.
 */
export class RedactingSpanProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}

  onStart(span: Span, parentContext: Context): void {
    this.next.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    this.next.onEnd(redactSpan(span));
  }

  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}
