import { execute, parse, type GraphQLSchema } from 'graphql';

/**
 * The SDL a subgraph reports through `_service { sdl }`, computed locally: what composition
 * uses, and what the gateway compares a running instance against.
 */
export async function serviceSdl(schema: GraphQLSchema): Promise<string> {
  const result = await execute({ schema, document: parse('{ _service { sdl } }') });
  const sdl = (result.data as { _service?: { sdl?: unknown } } | null)?._service?.sdl;
  if (typeof sdl !== 'string') throw new Error('The schema does not answer _service { sdl }');
  return sdl;
}
