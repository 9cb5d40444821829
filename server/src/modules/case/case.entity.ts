import {
  ActKind,
  Ground,
  Initiator,
  Instance,
  MilitaryStatus,
  Proceeding,
  ResponsibleKind,
  Sanction,
  Sphere,
} from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * An administrative-offense case before a court: the facts the rules engine reads (rules contract, CaseFacts)
 * and what the engine computed from them (grounds, routing, explanations). The computed columns are rewritten
 * whenever a fact changes; they are stored so that lists and boards filter on them with indexes.
 */
@Entity('court_case')
@ObjectType({
  description: 'An administrative-offense case before a court, with what the rules engine says of it',
})
@Index(['regionId', 'registeredOn'])
@Index(['responsibleOfficeId', 'registeredOn'])
// "Is this case in the region?" from the index alone (hearings' jurisdiction semi-join, KPI joins; issue 7).
@Index('IDX_court_case_id_region', ['id', 'regionId'])
export class Case extends BaseRecord {
  @Field(() => ID, { description: 'Identifier (globally unique: usable with node(id))' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when updating' })
  override version!: number;

  /** The court's case number. */
  @Field(() => String, { description: 'The court’s case number' })
  @Column({ type: 'text', unique: true })
  number!: string;

  /** КоАП article and part as free codes (KAZAKHSTAN.md §3: ranges are not verified, so never derived). */
  @Field(() => String, { description: 'КоАП article (free code)' })
  @Column({ type: 'text' })
  koapArticle!: string;

  @Field(() => String, { nullable: true, description: 'КоАП part' })
  @Column({ type: 'text', nullable: true })
  koapPart!: string | null;

  @Field(() => String, { description: 'What the case is about' })
  @Column({ type: 'text' })
  summary!: string;

  /** Personal data of the person held liable: what a viewer sees is decided in case-privacy.resolver.ts. */
  @Field(() => String, {
    nullable: true,
    description:
      'The person held liable (personal data): null outside your jurisdiction; a minor’s initials outside the ' +
      'office that answers for the case (see personalDataHidden)',
  })
  @Column({ type: 'text' })
  offenderName!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Birth date of the person held liable, YYYY-MM-DD (personal data): null outside your jurisdiction and, ' +
      'for a minor, outside the office that answers for the case',
  })
  @Column({ type: 'date', nullable: true })
  offenderBirthDate!: string | null;

  @Field(() => String, { description: 'Registered on, YYYY-MM-DD' })
  @Column({ type: 'date' })
  registeredOn!: string;

  @Field(() => ID, { description: 'Region of the court' })
  @Index()
  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: unknown;

  /** The court hearing the case now. */
  @Field(() => ID, { description: 'The court hearing the case now' })
  @Index()
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** The territorial office at the court's location (para 7). */
  @Field(() => ID, { description: 'The territorial office at the court’s location (para 7)' })
  @Index()
  @Column({ type: 'uuid' })
  territorialOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_office_id' })
  territorialOffice?: unknown;

  /** The prosecutor’s unit that initiated the case, when a prosecutor did (para 9). */
  @Field(() => ID, { nullable: true, description: 'The prosecutor’s unit that initiated the case (para 9)' })
  @Column({ type: 'uuid', nullable: true })
  initiatingOfficeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiating_office_id' })
  initiatingOffice?: unknown;

  @Field(() => [String], { description: 'Thematic directions (para 5)' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themeCodes!: string[];

  // ── Facts (rules contract, CaseFacts) ────────────────────────────────────────────────────────────
  @Field(() => Instance, { description: 'Court instance (paras 6, 8)' })
  @Column({ type: 'enum', enum: Instance, enumName: 'instance', default: Instance.FIRST })
  instance!: Instance;

  @Field(() => Proceeding, { description: 'Offense case or complaint (para 6)' })
  @Column({ type: 'enum', enum: Proceeding, enumName: 'proceeding', default: Proceeding.OFFENSE })
  proceeding!: Proceeding;

  @Field(() => [Sphere], { description: 'Spheres of the offense' })
  @Column({ type: 'enum', enum: Sphere, enumName: 'sphere', array: true, default: () => "'{}'" })
  spheres!: Sphere[];

  @Field(() => [Sanction], { description: 'Penalties the article’s sanction provides' })
  @Column({ type: 'enum', enum: Sanction, enumName: 'sanction', array: true, default: () => "'{}'" })
  sanctions!: Sanction[];

  @Field(() => Boolean, { description: 'The person held liable is a minor' })
  @Column({ type: 'boolean', default: false })
  offenderMinor!: boolean;

  @Field(() => MilitaryStatus, { description: 'Military status of the person held liable' })
  @Column({ type: 'enum', enum: MilitaryStatus, enumName: 'military_status', default: MilitaryStatus.NONE })
  offenderMilitary!: MilitaryStatus;

  @Field(() => Boolean, { description: 'The offense is connected with military service or official duties' })
  @Column({ type: 'boolean', default: false })
  offenderDutyRelated!: boolean;

  @Field(() => Initiator, { description: 'Who initiated the proceedings' })
  @Column({ type: 'enum', enum: Initiator, enumName: 'initiator', default: Initiator.OTHER_AUTHORITY })
  initiator!: Initiator;

  @Field(() => Boolean, { description: 'A higher prosecutor deemed participation necessary' })
  @Column({ type: 'boolean', default: false })
  higherProsecutorRequired!: boolean;

  @Field(() => ActKind, { nullable: true, description: 'The court act, once issued' })
  @Column({ type: 'enum', enum: ActKind, enumName: 'act_kind', nullable: true })
  actKind!: ActKind | null;

  @Field(() => Boolean, { description: 'The supervising prosecutor agrees with the act' })
  @Column({ type: 'boolean', default: false })
  prosecutorAgrees!: boolean;

  // ── Computed by the rules engine ────────────────────────────────────────────────────────────────
  @Field(() => Boolean, { description: 'The prosecutor must take part (paras 6, 8)' })
  @Index()
  @Column({ type: 'boolean', default: false })
  mandatory!: boolean;

  @Field(() => [Ground], { description: 'Why participation is mandatory' })
  @Column({ type: 'enum', enum: Ground, enumName: 'ground', array: true, default: () => "'{}'" })
  grounds!: Ground[];

  @Column({
    type: 'enum',
    enum: ResponsibleKind,
    enumName: 'responsible_kind',
    default: ResponsibleKind.TERRITORIAL,
  })
  @Field(() => ResponsibleKind, { description: 'Kind of office that answers for the case' })
  responsibleKind!: ResponsibleKind;

  /** The office that answers for the case after routing and fallback (paras 7, 9). */
  @Field(() => ID, { description: 'The office that answers for the case (paras 7, 9)' })
  @Column({ type: 'uuid' })
  responsibleOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_office_id' })
  responsibleOffice?: unknown;

  /** The specialized office the case falls to by its category, whether or not it fell back (para 7). */
  @Field(() => ID, {
    nullable: true,
    description: 'The specialized office the case falls to by category (para 7)',
  })
  @Column({ type: 'uuid', nullable: true })
  specializedOfficeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialized_office_id' })
  specializedOffice?: unknown;

  @Field(() => Boolean, { description: 'The initiating unit answers for the case (para 9)' })
  @Column({ type: 'boolean', default: false })
  initiatingUnit!: boolean;

  @Field(() => Boolean, {
    description: 'Routed to a specialized office but fell back to the territorial one (para 7)',
  })
  @Column({ type: 'boolean', default: false })
  fallback!: boolean;

  @Field(() => Boolean, { description: 'The territorial office must notify the specialized office (para 7)' })
  @Column({ type: 'boolean', default: false })
  notifySpecialized!: boolean;

  /** The engine's explanation of grounds and routing, with paragraphs and reasons in kk/ru/en. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  explanation!: Record<string, unknown>;
}
