import { Directive, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { consent, type ConsentCategory, type ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { Consent, ConsentCategoryEnum, type ConsentExceptionTerms } from './consent.entity';
import { denyInForceAt } from './consent-in-force';
import { consentRecordSubject } from './consent.resolver';
import { underConsent } from './consent-note';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

@ObjectType('ConsentException', {
  description:
    'A deny provision of a consent (FHIR Consent provision type deny): categories the recipient ' +
    'may not read, for the consent’s period or a part of it. A deny wins over every consent ' +
    'that permits the same category to the same agency.',
})
export class ConsentException {
  @Field(() => [ConsentCategoryEnum], {
    nullable: true,
    description: S('The categories refused to the recipient.'),
  })
  @Directive(SUMMARY)
  categories!: ConsentCategory[];

  @Field(() => Date, {
    nullable: true,
    description: S('When the refusal starts; null: from the consent’s validFrom.'),
  })
  @Directive(SUMMARY)
  validFrom!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: S('When the refusal ends; null: with the consent.'),
  })
  @Directive(SUMMARY)
  validUntil!: Date | null;

  /** The consent it is part of: its subject decides who reads it. */
  of!: Consent;

  static of(c: Consent, t: ConsentExceptionTerms): ConsentException {
    return Object.assign(new ConsentException(), {
      categories: [...t.categories],
      validFrom: t.validFrom ? new Date(t.validFrom) : null,
      validUntil: t.validUntil ? new Date(t.validUntil) : null,
      of: c,
    });
  }
}

@Resolver(() => ConsentException)
export class ConsentExceptionResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: S('Whether the refusal applies now: its consent is in force and it has begun.'),
  })
  @Directive(SUMMARY)
  inForce(@Root() e: ConsentException): boolean {
    return denyInForceAt(e.of, e, new Date());
  }
}

@Resolver(() => Consent)
export class ConsentExceptionsResolver {
  @FieldResolver(() => [ConsentException], {
    nullable: true,
    description: S(
      'Deny provisions: categories refused to the recipient even where this or another consent ' +
        'permits them. Empty for a consent that only permits.',
    ),
  })
  @Directive(SUMMARY)
  exceptions(@Root() c: Consent): ConsentException[] {
    return (c.exceptions ?? []).map((t) => ConsentException.of(c, t));
  }
}

/** An exception is read by whoever reads its consent. */
export function consentExceptionSubject(
  e: ConsentException,
  ctx: CmContext,
): Promise<ConsentSubject> {
  return consentRecordSubject(e.of, ctx);
}
