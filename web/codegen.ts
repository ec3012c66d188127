import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, from its operations (src/graphql/operations/*.graphql) and the
 * supergraph's API schema (gateway/api-schema.graphql, written by `npm run compose`). Run through
 * `npm run codegen` (scripts/codegen.mjs), which formats the output with prettier; CI's
 * `npm run check:codegen` fails when the committed output is stale or an operation does not
 * validate against the schema. The client preset also writes persisted-documents.json: each
 * operation by the sha256 of its document, the manifest the gateway's trusted-documents mode
 * accepts (docs/adr/0032-trusted-documents-and-api-changes.md).
 */
const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['src/graphql/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        defaultScalarType: 'unknown',
        // Instants and dates travel as ISO 8601 strings; ids as strings.
        scalars: {
          DateTime: 'string',
          LocalDate: 'string',
          UUID: 'string',
        },
      },
    },
  },
};

export default config;
