import { parseTrustedDocuments, requestedDocument, sha256Hex } from './trusted-documents';

const DOC = 'query Agencies { agencies { code } }';
const HASH = sha256Hex(DOC);

describe('a trusted-documents manifest', () => {
  it('maps each sha256 hash to its document', () => {
    expect([...parseTrustedDocuments(JSON.stringify({ [HASH]: DOC }))]).toEqual([[HASH, DOC]]);
  });

  it('refuses a document whose hash is not the one listed, or anything else', () => {
    expect(() => parseTrustedDocuments(JSON.stringify({ [HASH]: `${DOC} ` }))).toThrow(
      /does not have that hash/,
    );
    expect(() => parseTrustedDocuments(JSON.stringify({ Agencies: DOC }))).toThrow(/sha256/);
    expect(() => parseTrustedDocuments(JSON.stringify({ [HASH]: 1 }))).toThrow(/sha256/);
    expect(() => parseTrustedDocuments('[]')).toThrow(/JSON object/);
    expect(() => parseTrustedDocuments('{}')).toThrow(/no operation/);
    expect(() => parseTrustedDocuments('not json')).toThrow();
  });
});

describe('the document a request names', () => {
  const post = (body: unknown, extensions?: Record<string, unknown>) =>
    requestedDocument({ extensions, http: { body, search: '' } });

  it('reads documentId (sha256:<hex> or bare hex), id, and the APQ extension', () => {
    expect(post({ documentId: `sha256:${HASH}` })).toEqual({ hash: HASH, via: 'documentId' });
    expect(post({ documentId: HASH.toUpperCase() })).toEqual({ hash: HASH, via: 'documentId' });
    expect(post({ id: HASH })).toEqual({ hash: HASH, via: 'id' });
    expect(post({}, { persistedQuery: { version: 1, sha256Hash: HASH } })).toEqual({
      hash: HASH,
      via: 'persistedQuery',
    });
    expect(
      requestedDocument({ http: { body: undefined, search: `?documentId=sha256:${HASH}` } }),
    ).toEqual({ hash: HASH, via: 'documentId' });
  });

  it('gives a null hash for a malformed id, and nothing when the request names none', () => {
    expect(post({ documentId: 'Agencies' })).toEqual({ hash: null, via: 'documentId' });
    expect(post({ id: `sha256:${HASH}` })).toEqual({ hash: null, via: 'id' });
    expect(post({}, { persistedQuery: { version: 1 } })).toEqual({
      hash: null,
      via: 'persistedQuery',
    });
    expect(post({ query: DOC })).toBeUndefined();
    expect(post({ id: 42 })).toBeUndefined();
    expect(requestedDocument({})).toBeUndefined();
  });
});
