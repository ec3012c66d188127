import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  ConnectionOf,
  IsUuidValue,
  PageArgs,
  RequiredText,
  SkipIfEmpty,
  UUIDScalar,
  consent,
  type ConsentSubject,
  type Page,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { KeyWorkerRef } from '../federation/refs';
import { ServiceUser } from '../case/service-user.entity';
import { subjectOfServiceUser } from '../case/service-user.resolver';
import { Consent, ConsentStatus, ConsentVersion } from './consent.entity';
import { AmendConsentInput, GrantConsentInput } from './consent.inputs';
import { ByIdArgs } from '../kernel/by-id.args';
import { underConsent } from './consent-note';
import { shownRecords } from './listing';
import { inInstantOrder, instantKey, keysetPage } from '../kernel/keyset';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

/** Refusals of the consent register's mutations. */
const REGISTER_ERRORS =
  "FORBIDDEN unless your agency holds the service user's record (the lead agency); NOT_FOUND for an unknown record; BAD_USER_INPUT for a malformed input";

@ObjectType('ConsentConnection', {
  description:
    'A page of a service user’s consents, newest first; only those you may see. Page on with `after: pageInfo.endCursor`.',
})
export class ConsentConnection extends ConnectionOf(Consent, 'Consent', { noun: 'consent' }) {}

@ArgsType()
export class WithdrawConsentArgs {
  @Field(() => String, { nullable: true, description: 'Why, in the words recorded (optional).' })
  @SkipIfEmpty()
  @RequiredText(2000)
  reason!: string | null;

  @Field(() => UUIDScalar, { description: 'The consent to withdraw.' })
  @IsUuidValue()
  id!: string;
}

@Resolver(() => Consent)
export class ConsentResolver {
  @Query(() => Consent, {
    nullable: true,
    description:
      'A consent by id: for the agency holding the service user’s record and the recipient it names. Null, as for a consent that does not exist, to anyone else (never an error); BAD_USER_INPUT for a malformed id.',
  })
  consent(@Args() { id }: ByIdArgs, @Ctx() ctx: CmContext): Promise<Consent | null> {
    return ctx.loaders.consentById.load(id);
  }

  @Mutation(() => Consent, {
    description:
      "Records a service user's consent for an agency (or every agency of a kind) to read categories, for a purpose and a period. Staff of the agency holding the person's record. " +
      `Errors: ${REGISTER_ERRORS} (no or two recipients, an unknown agency, a full copy not for a methadone service, an exception outside the consent's period, evidenceSignedOn in the future).`,
  })
  grantConsent(
    @Arg('input', () => GrantConsentInput, { description: 'The consent to record.' })
    input: GrantConsentInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.consents.grant(ctx.identity, input);
  }

  @Mutation(() => Consent, {
    description:
      "Changes a consent's terms as a new version (narrowing applies at once). Staff of the agency holding the person's record. " +
      `Errors: ${REGISTER_ERRORS}; VERSION_CONFLICT when expectedVersion is not the latest; CONFLICT for a withdrawn consent.`,
  })
  amendConsent(
    @Arg('input', () => AmendConsentInput, {
      description: 'The consent and the terms that change.',
    })
    input: AmendConsentInput,
    @Ctx() ctx: CmContext,
  ) {
    return ctx.services.consents.amend(ctx.identity, input);
  }

  @Mutation(() => Consent, {
    description:
      "Withdraws a consent; nothing more is disclosed under it from the next request. Staff of the agency holding the person's record. " +
      `Errors: ${REGISTER_ERRORS}; CONFLICT when already withdrawn.`,
  })
  withdrawConsent(@Args() { id, reason }: WithdrawConsentArgs, @Ctx() ctx: CmContext) {
    return ctx.services.consents.withdraw(ctx.identity, id, reason || null);
  }

  @FieldResolver(() => ConsentStatus, {
    nullable: true,
    description: S('ACTIVE, WITHDRAWN, or EXPIRED once validUntil has passed.'),
  })
  @Directive(SUMMARY)
  status(@Root() c: Consent): ConsentStatus {
    return c.statusAt(new Date());
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: S('Whether decisions rely on it now: ACTIVE, started and not expired.'),
  })
  @Directive(SUMMARY)
  inForce(@Root() c: Consent): boolean {
    return c.inForceAt(new Date());
  }

  @FieldResolver(() => ServiceUser, {
    nullable: true,
    description: S('The service user who gave the consent (their own fields under consent).'),
  })
  @Directive(SUMMARY)
  async serviceUser(@Root() c: Consent, @Ctx() ctx: CmContext): Promise<ServiceUser> {
    return (await ctx.loaders.serviceUserById.load(c.serviceUserId))!;
  }

  @FieldResolver(() => Agency, {
    nullable: true,
    description: S('The one agency that may read; null when the consent names a kind.'),
  })
  @Directive(SUMMARY)
  recipientAgency(@Root() c: Consent, @Ctx() ctx: CmContext): Agency | null {
    return c.recipientAgencyCode
      ? resolveAgencyReference({ code: c.recipientAgencyCode }, ctx)
      : null;
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: S('Who recorded the consent.'),
  })
  @Directive(SUMMARY)
  recordedBy(@Root() c: Consent): KeyWorkerRef {
    return KeyWorkerRef.of(c.recordedByAgencyCode, c.recordedBy);
  }

  @FieldResolver(() => KeyWorkerRef, {
    nullable: true,
    description: S('Who recorded the withdrawal; null if not withdrawn.'),
  })
  @Directive(SUMMARY)
  withdrawnBy(@Root() c: Consent): KeyWorkerRef | null {
    return c.withdrawnBy ? KeyWorkerRef.of(c.recordedByAgencyCode, c.withdrawnBy) : null;
  }

  @FieldResolver(() => [ConsentVersion], {
    nullable: true,
    description: S('Every version, oldest first: granted, each amendment, the withdrawal.'),
  })
  @Directive(SUMMARY)
  async versions(@Root() c: Consent, @Ctx() ctx: CmContext): Promise<ConsentVersion[]> {
    const rows = await ctx.loaders.versionsByConsentId.load(c.id);
    return rows.map((v) => Object.assign(v, { of: c }));
  }
}

@Resolver(() => ConsentVersion)
export class ConsentVersionResolver {
  @FieldResolver(() => KeyWorkerRef, { nullable: true, description: S('Who recorded the change.') })
  @Directive(SUMMARY)
  changedBy(@Root() v: ConsentVersion): KeyWorkerRef {
    return KeyWorkerRef.of(v.changedByAgencyCode, v.changedBy);
  }

  @FieldResolver(() => Consent, {
    nullable: true,
    description: S(
      'The terms as this version recorded them (id and version are the consent’s own).',
    ),
  })
  @Directive(SUMMARY)
  terms(@Root() v: ConsentVersion): Consent {
    const t = v.snapshot;
    return Object.assign(new Consent(), v.of, {
      recipientAgencyCode: t.recipientAgencyCode,
      recipientAgencyKind: t.recipientAgencyKind,
      categories: t.categories,
      purpose: t.purpose,
      fullCopy: t.fullCopy,
      validFrom: new Date(t.validFrom),
      validUntil: t.validUntil ? new Date(t.validUntil) : null,
      evidenceRef: t.evidenceRef,
      evidenceSignedOn: t.evidenceSignedOn ?? null,
      status: t.status,
      exceptions: t.exceptions ?? [],
      version: v.version,
    });
  }
}

@Resolver(() => ServiceUser)
export class ServiceUserConsentsResolver {
  @FieldResolver(() => ConsentConnection, {
    nullable: true,
    description: S(
      'The person’s consent register, newest first, withdrawn and expired consents included, a page at a time. The holder of their record sees every consent; a recipient only those naming it; anyone else none.',
    ),
  })
  @Directive(SUMMARY)
  consents(
    @Root() su: ServiceUser,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: CmContext,
  ): Promise<Page<Consent>> {
    const order = { column: 'c.recorded_at', id: 'c.id', descending: true };
    return keysetPage(page, {
      parts: 2,
      keyOf: (c) => instantKey(c.recordedAt, c.id),
      fetch: (after, limit) =>
        inInstantOrder(
          ctx.services.uow.manager
            .getRepository(Consent)
            .createQueryBuilder('c')
            .where('c.service_user_id = :serviceUserId', { serviceUserId: su.id }),
          order,
          after,
          limit,
        ).getMany(),
      shown: (rows) => shownRecords(rows, 'Consent', consentRecordSubject, ctx),
    });
  }
}

/**
 * The consent register is private (ADR 0026): a consent is read only by the agency holding the
 * person's record (the lead agency of their open case, else the agency that registered them) and
 * by the recipient the consent names (an agency of a named kind included). No consent and no
 * emergency access opens it to anyone else, and since its existence alone tells which services a
 * person uses, it is absent from their lists and null by id, as a consent that does not exist.
 */
export async function consentRecordSubject(c: Consent, ctx: CmContext): Promise<ConsentSubject> {
  const reader = ctx.identity.agencyCode;
  const recipient =
    reader === c.recipientAgencyCode ||
    (c.recipientAgencyKind !== null &&
      ctx.services.directory.agency(reader)?.kind === c.recipientAgencyKind);
  const person = await subjectOfServiceUser(c.serviceUserId, ctx);
  return {
    serviceUserId: c.serviceUserId,
    holderAgencyCode: recipient ? reader : person.holderAgencyCode,
    holderOnly: true,
  };
}

/** A version is read by whoever reads its consent. */
export function consentVersionSubject(v: ConsentVersion, ctx: CmContext): Promise<ConsentSubject> {
  return v.of
    ? consentRecordSubject(v.of, ctx)
    : Promise.resolve({ serviceUserId: null, holderAgencyCode: null, holderOnly: true });
}
