import { ApplicantKind, ApplicationStatus, ProtestKind, type ApplicationChecklist } from '@qadagalau/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** The para-27 checklist, item by item (shared/): a missing item returns the application. */
export type { ApplicationChecklist };

@ObjectType('ApplicationChecklist', { description: 'The para-27 checklist of an application, item by item' })
export class ApplicationChecklistType implements ApplicationChecklist {
  @Field(() => Boolean, { description: '1. The official addressed is named' })
  addresseeNamed!: boolean;

  @Field(() => Boolean, {
    description: '2. The applicant’s name, residence or location and procedural status',
  })
  applicantIdentified!: boolean;

  @Field(() => Boolean, { description: '3. The first-instance and appeal courts and their decisions' })
  courtsAndDecisionsStated!: boolean;

  @Field(() => Boolean, { description: '4. The court resolution proposed for protest' })
  contestedResolutionNamed!: boolean;

  @Field(() => Boolean, { description: '5. The material violation of law and the applicant’s request' })
  violationAndRequestStated!: boolean;

  @Field(() => Boolean, { description: '6. Signed by the applicant or representative' })
  signed!: boolean;

  @Field(() => Boolean, { description: '7. Power of attorney attached (required only for a representative)' })
  powerOfAttorneyAttached!: boolean;

  @Field(() => Boolean, { description: '8. Court-certified copies of the resolutions attached' })
  certifiedCopiesAttached!: boolean;
}

/** An application to bring an appeal or cassation protest (paras 18, 27). */
@Entity('application')
@ObjectType({ description: 'An application to bring an appeal or cassation protest (paras 18, 27)' })
export class Application extends BaseRecord {
  @Field(() => ID, { description: 'Identifier' })
  override id!: string;

  @Field(() => Int, { description: 'Optimistic-lock version: pass it back when changing the application' })
  override version!: number;

  @Field(() => ID, { nullable: true, description: 'The case it concerns, when registered' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  /** The office considering it. */
  @Field(() => ID, { description: 'The office considering it' })
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Field(() => ProtestKind, { description: 'The protest asked for' })
  @Column({ type: 'enum', enum: ProtestKind, enumName: 'protest_kind' })
  requestedProtest!: ProtestKind;

  @Field(() => ApplicantKind, { description: 'Who applied' })
  @Column({ type: 'enum', enum: ApplicantKind, enumName: 'applicant_kind' })
  applicantKind!: ApplicantKind;

  @Field(() => String, { description: 'The applicant (personal data)' })
  @Column({ type: 'text' })
  applicantName!: string;

  @Field(() => String, { nullable: true, description: 'Residence or location of the applicant' })
  @Column({ type: 'text', nullable: true })
  applicantAddress!: string | null;

  /** The applicant's procedural status in the case (para 27 item 2). */
  @Field(() => String, { nullable: true, description: 'The applicant’s procedural status in the case' })
  @Column({ type: 'text', nullable: true })
  applicantStatus!: string | null;

  @Field(() => Boolean, { description: 'Filed by a representative' })
  @Column({ type: 'boolean', default: false })
  byRepresentative!: boolean;

  @Field(() => String, { description: 'Received on, YYYY-MM-DD' })
  @Column({ type: 'date' })
  receivedOn!: string;

  @Field(() => ApplicationStatus, { description: 'Where it stands' })
  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.RECEIVED,
  })
  status!: ApplicationStatus;

  @Field(() => ApplicationChecklistType, { description: 'The para-27 checklist' })
  @Column({ type: 'jsonb' })
  checklist!: ApplicationChecklist;

  /** Why it was returned: the missing para-27 items. */
  @Field(() => [String], {
    description: 'The missing para-27 items (checklist field names) it was returned for',
  })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  returnReasons!: string[];

  /** Para 18: the order to requisition the case goes to the official within 3 working days. */
  @Field(() => String, { nullable: true, description: 'Para 18: the requisition was ordered on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  requisitionOrderedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'The answer to the applicant' })
  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Field(() => String, { nullable: true, description: 'Answered on, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;

  /** The applicant was told of the right to appeal to the higher prosecutor (paras 17, 27). */
  @Field(() => Boolean, { description: 'The applicant was told of the right to appeal (paras 17, 27)' })
  @Column({ type: 'boolean', default: false })
  rightToAppealExplained!: boolean;
}
