import { GraphQLError } from 'graphql';
import { ConsentRequiredError } from './domain-error';
import { createErrorFormatter, stripUrls } from './format-error';

describe('the error formatter', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter((e) => logged.push(e));

  it("keeps a domain error's message, path and code", () => {
    const error = new ConsentRequiredError('IDENTITY');
    expect(
      format(
        {
          message: error.message,
          path: ['a'],
          extensions: { code: 'CONSENT_REQUIRED', stacktrace: ['x'] },
        },
        error,
      ),
    ).toEqual({
      message: error.message,
      path: ['a'],
      extensions: { code: 'CONSENT_REQUIRED', category: 'IDENTITY' },
    });
  });

  it('masks anything unexpected as an internal error and logs the original', () => {
    const boom = new Error('relation "consent" does not exist at 10.0.0.5:5432');
    const out = format(
      { message: boom.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      boom,
    );
    expect(out).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toContain(boom);
  });

  it('drops extensions that are not on the safe list, such as a subgraph response with its URL', () => {
    const e = new GraphQLError('Agency PROB is unavailable', {
      extensions: {
        code: 'AGENCY_UNAVAILABLE',
        agencyCode: 'PROB',
        response: { url: 'http://10.1.2.3:4102/graphql' },
      },
    });
    expect(format({ message: e.message, extensions: e.extensions }, e)).toEqual({
      message: 'Agency PROB is unavailable',
      extensions: { code: 'AGENCY_UNAVAILABLE', agencyCode: 'PROB' },
    });
  });

  it('strips URLs and host:port pairs from messages', () => {
    expect(
      stripUrls(
        'request to http://agency-cdas:4101/graphql failed, reason: connect ECONNREFUSED 10.0.0.7:4101',
      ),
    ).toBe('request to [internal] failed, reason: connect ECONNREFUSED [internal]');
  });
});
