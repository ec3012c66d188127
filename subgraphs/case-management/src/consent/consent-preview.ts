import {
  Args,
  ArgsType,
  Ctx,
  Directive,
  Field,
  FieldResolver,
  ID,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  BadInputError,
  CATEGORY_DESCRIPTIONS,
  CATEGORY_OF_DOMAIN,
  CONSENT_CATEGORIES,
  ForbiddenError,
  NotFoundError,
  consent,
  grantsFor,
  IsUuidValue,
  UUIDScalar,
  type ConsentCategory,
  type ConsentSubject,
  type ProtectedField,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { Agency } from '../agency/agency.type';
import { resolveAgencyReference } from '../agency/agency.resolver';
import { Consent, ConsentCategoryEnum } from './consent.entity';
import { underConsent } from './consent-note';

const SUMMARY = consent('CARE_PLAN_SUMMARY');
const S = (d: string) => underConsent('CARE_PLAN_SUMMARY', d);

/** Categories whose records are categorised one by one, by the domain of the need or action. */
const DOMAIN_CATEGORIES: readonly ConsentCategory[] = Object.values(CATEGORY_OF_DOMAIN);

/** Fields of the agency subgraph by category, as tagged there (see test/agency-consent-tagging). */
const AGENCY_FIELDS_BY_DOMAIN = [
  'ActionDelivery.statusNote',
  'ActionDelivery.progressNotes',
  'ProgressNote.body',
];

@ObjectType('CategoryPreview', {
  description:
    'One category in a consent preview: whether the agency reads it now, and which consents open or refuse it.',
})
export class CategoryPreview {
  serviceUserId!: string;
  holderAgencyCode!: string;

  @Field(() => ConsentCategoryEnum, { nullable: true, description: S('The category.') })
  @Directive(SUMMARY)
  category!: ConsentCategory;

  @Field(() => String, {
    nullable: true,
    description: S('What the category covers, in plain words.'),
  })
  @Directive(SUMMARY)
  description!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: S('Whether the agency reads it now, for coordinating care.'),
  })
  @Directive(SUMMARY)
  visible!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: S('Readable only through a referral (a REFERRAL consent), not elsewhere.'),
  })
  @Directive(SUMMARY)
  referralOnly!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: S(
      'Refused to the agency now by an exception (a deny provision) of a consent in force: ' +
        'not readable, whatever consent permits it. The consents refusing it are in deniedBy.',
    ),
  })
  @Directive(SUMMARY)
  denied!: boolean;

  @Field(() => [String], {
    nullable: true,
    description: S(
      'The fields this category opens (Type.field). Fields whose category is the record’s own ' +
        'domain are listed under each domain category.',
    ),
  })
  @Directive(SUMMARY)
  fields!: string[];

  consentIds!: readonly string[];
  denyingConsentIds!: readonly string[];
}

@ObjectType('ConsentPreview', {
  description:
    "What one agency would see of one service user now, by category, and the consents behind it (Consent2Share's Try My Policy).",
})
export class ConsentPreview {
  @Field(() => UUIDScalar, { nullable: true, description: S('The service user previewed.') })
  @Directive(SUMMARY)
  serviceUserId!: string;

  holderAgencyCode!: string;
  agencyCode!: string;

  @Field(() => Date, { nullable: true, description: S('The moment the preview is for (now).') })
  @Directive(SUMMARY)
  at!: Date;

  @Field(() => Boolean, {
    nullable: true,
    description: S(
      'The agency holds this service user’s record (it leads the case): it reads everything, consent or not.',
    ),
  })
  @Directive(SUMMARY)
  holdsRecord!: boolean;

  @Field(() => [CategoryPreview], {
    nullable: true,
    description: S('Every category, in the order of ConsentCategory.'),
  })
  @Directive(SUMMARY)
  categories!: CategoryPreview[];

  @Field(() => String, {
    nullable: true,
    description: S('What the agency always reads without consent: the records it holds itself.'),
  })
  @Directive(SUMMARY)
  ownRecords!: string;
}

@ArgsType()
export class ConsentPreviewArgs {
  @Field(() => ID, {
    description: 'The agency whose view to preview: any agency in the directory.',
  })
  agencyCode!: string;

  @Field(() => UUIDScalar, { description: 'The service user.' })
  @IsUuidValue()
  serviceUserId!: string;
}

@Resolver(() => ConsentPreview)
export class ConsentPreviewResolver {
  @Query(() => ConsentPreview, {
    nullable: true,
    description:
      'What an agency would see of this service user now, by category. For the staff of the ' +
      'agency holding the service user’s record, to go through with the service user. Errors: ' +
      'BAD_USER_INPUT for an agency not in the directory; NOT_FOUND for an unknown service user; ' +
      'FORBIDDEN unless your agency holds their record.',
  })
  async consentPreview(
    @Args() { agencyCode, serviceUserId }: ConsentPreviewArgs,
    @Ctx() ctx: CmContext,
  ): Promise<ConsentPreview> {
    const agency = ctx.services.directory.agency(agencyCode);
    if (!agency) {
      throw new BadInputError(`Agency ${agencyCode} is not in the directory`, {
        field: 'agencyCode',
      });
    }
    const holder = await ctx.services.serviceUsers.holderAgencyCode(serviceUserId);
    if (!holder) throw new NotFoundError('ServiceUser', serviceUserId);
    if (holder !== ctx.identity.agencyCode) {
      throw new ForbiddenError(
        "Only the agency holding the service user's record previews what others would see",
      );
    }
    const at = new Date();
    const [decision] = await ctx.services.decider.decide(
      { agencyCode: agency.code, userId: null },
      [serviceUserId],
      at,
    );
    const coordination = grantsFor(decision!, 'CARE_COORDINATION');
    const referral = grantsFor(decision!, 'REFERRAL');
    const holds = holder === agency.code;
    // The holder reads its own record whatever a consent refuses.
    const denials: ReadonlyMap<ConsentCategory, readonly string[]> =
      (!holds && decision!.denials) || new Map();
    const fields = fieldsByCategory(ctx.services.protectedFields);
    return Object.assign(new ConsentPreview(), {
      serviceUserId,
      holderAgencyCode: holder,
      agencyCode: agency.code,
      at,
      holdsRecord: holds,
      ownRecords:
        `${agency.name} always reads what it holds: its own action deliveries, progress notes, ` +
        `key-worker assignments, meeting reports and the consents naming it` +
        (holds ? ', and, as lead agency, the whole case record.' : '.'),
      categories: CONSENT_CATEGORIES.map((category) =>
        Object.assign(new CategoryPreview(), {
          serviceUserId,
          holderAgencyCode: holder,
          category,
          description: CATEGORY_DESCRIPTIONS[category],
          visible: holds || coordination.has(category),
          referralOnly: !holds && !coordination.has(category) && referral.has(category),
          denied: denials.has(category),
          fields: fields.get(category) ?? [],
          consentIds: coordination.get(category) ?? referral.get(category) ?? [],
          denyingConsentIds: denials.get(category) ?? [],
        }),
      ),
    });
  }

  @FieldResolver(() => Agency, { nullable: true, description: S('The agency previewed.') })
  @Directive(SUMMARY)
  agency(@Root() p: ConsentPreview, @Ctx() ctx: CmContext): Agency | null {
    return resolveAgencyReference({ code: p.agencyCode }, ctx);
  }
}

@Resolver(() => CategoryPreview)
export class CategoryPreviewResolver {
  @FieldResolver(() => [Consent], {
    nullable: true,
    description: S('The consents in force that open this category to the agency.'),
  })
  @Directive(SUMMARY)
  consents(@Root() p: CategoryPreview, @Ctx() ctx: CmContext): Promise<Consent[]> {
    return consentsByIds(p.consentIds, ctx);
  }

  @FieldResolver(() => [Consent], {
    nullable: true,
    description: S(
      'The consents in force whose exceptions refuse this category to the agency now: why it is denied.',
    ),
  })
  @Directive(SUMMARY)
  deniedBy(@Root() p: CategoryPreview, @Ctx() ctx: CmContext): Promise<Consent[]> {
    return consentsByIds(p.denyingConsentIds, ctx);
  }
}

async function consentsByIds(ids: readonly string[], ctx: CmContext): Promise<Consent[]> {
  if (ids.length === 0) return [];
  const rows = await ctx.loaders.consentById.loadMany([...ids]);
  return rows
    .filter((c): c is Consent => c instanceof Consent)
    .sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
}

function fieldsByCategory(fields: readonly ProtectedField[]): Map<ConsentCategory, string[]> {
  const out = new Map<ConsentCategory, string[]>();
  const add = (c: ConsentCategory, f: string) => out.set(c, [...(out.get(c) ?? []), f]);
  for (const f of fields) {
    const id = `${f.typeName}.${f.fieldName}`;
    if (f.category) add(f.category, id);
    else for (const c of DOMAIN_CATEGORIES) add(c, id);
  }
  for (const c of DOMAIN_CATEGORIES) for (const f of AGENCY_FIELDS_BY_DOMAIN) add(c, f);
  return out;
}

/** A preview is about the service user, held by the agency holding their record. */
export function previewSubject(p: ConsentPreview | CategoryPreview): ConsentSubject {
  return { serviceUserId: p.serviceUserId, holderAgencyCode: p.holderAgencyCode };
}
