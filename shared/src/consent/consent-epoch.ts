import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { OperationTypeNode } from 'graphql';

/** Response extension in which case-management states its consent epoch. */
export const CONSENT_EPOCH_EXTENSION = 'consentEpoch';

/**
 * case-management's consent epoch (ADR 0025): a number that grows whenever something that consent
 * decisions depend on may have changed. It starts at the process's start time and is bumped after
 * every mutation case-management answers (a grant, a withdrawal, an emergency access, …: every
 * mutation, so none that matters can be missed). Every answer carries it; the gateway passes the
 * highest it has seen to agencies in its signed token (`cep`), and an agency uses a cached
 * decision only if it was made at that epoch or later.
 */
export class ConsentEpoch {
  private current = Date.now();

  get value(): number {
    return this.current;
  }

  /** After a change has committed: later than every epoch handed out before. */
  bump(): number {
    this.current = Math.max(this.current + 1, Date.now());
    return this.current;
  }
}

/** Reads the epoch a subgraph answer states, if any. */
export function readConsentEpoch(
  extensions: Record<string, unknown> | undefined | null,
): number | undefined {
  const value = extensions?.[CONSENT_EPOCH_EXTENSION];
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Bumps the epoch once a mutation has been executed (its unit of work committed inside its
 * resolver), then states the epoch in every answer: the answer to a withdrawal carries an epoch
 * later than any decision made before the withdrawal committed.
 */
export function consentEpochPlugin<C extends BaseContext>(
  epoch: ConsentEpoch,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          const value =
            operation?.operation === OperationTypeNode.MUTATION ? epoch.bump() : epoch.value;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [CONSENT_EPOCH_EXTENSION]: value };
        },
      };
    },
  };
}
