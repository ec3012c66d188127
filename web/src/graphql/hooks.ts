import { useMemo } from 'react';
import { useMutation, useQuery, type AnyVariables, type OperationResult } from 'urql';
import { toDocument } from './client';
import type { TypedDocumentString } from './generated/graphql';

/** A query by its generated document; `pause` waits (e.g. for an id). */
export function useTypedQuery<R, V extends AnyVariables>(
  doc: TypedDocumentString<R, V>,
  variables: V,
  pause = false,
) {
  const query = useMemo(() => toDocument(doc), [doc]);
  // urql compares variables by value (its request key), so a new object each render is fine.
  return useQuery<R, V>({ query, variables, pause });
}

export function useTypedMutation<R, V extends AnyVariables>(doc: TypedDocumentString<R, V>) {
  const query = useMemo(() => toDocument(doc), [doc]);
  return useMutation<R, V>(query);
}

export type Result<R> = OperationResult<R>;
