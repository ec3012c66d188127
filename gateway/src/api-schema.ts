import { Supergraph } from '@apollo/federation-internals';
import { printSchema } from 'graphql';

/**
 * The API schema of a supergraph: what clients see and may query, without the federation's own
 * types and directives (join__*, link__*, @inaccessible elements). Printed by graphql-js, so
 * codegen and the API-change check read it as a plain schema (ending in a newline, as written).
 */
export function apiSchemaSdl(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema())}\n`;
}
