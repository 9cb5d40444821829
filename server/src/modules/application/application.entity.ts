import { ApplicantKind, ApplicationStatus, ProtestKind } from '@qadagalau/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** The para-27 checklist, item by item. A missing item returns the application. */
export interface ApplicationChecklist {
  addresseeNamed: boolean;
  applicantIdentified: boolean;
  courtsAndDecisionsStated: boolean;
  contestedResolutionNamed: boolean;
  violationAndRequestStated: boolean;
  signed: boolean;
  /** Required only when filed by a representative. */
  powerOfAttorneyAttached: boolean;
  certifiedCopiesAttached: boolean;
}

/** An application to bring an appeal or cassation protest (paras 18, 27). */
@Entity('application')
export class Application extends BaseRecord {
  @Index()
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: unknown;

  /** The office considering it. */
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: unknown;

  @Column({ type: 'enum', enum: ProtestKind, enumName: 'protest_kind' })
  requestedProtest!: ProtestKind;

  @Column({ type: 'enum', enum: ApplicantKind, enumName: 'applicant_kind' })
  applicantKind!: ApplicantKind;

  @Column({ type: 'text' })
  applicantName!: string;

  @Column({ type: 'text', nullable: true })
  applicantAddress!: string | null;

  /** The applicant's procedural status in the case (para 27 item 2). */
  @Column({ type: 'text', nullable: true })
  applicantStatus!: string | null;

  @Column({ type: 'boolean', default: false })
  byRepresentative!: boolean;

  @Column({ type: 'date' })
  receivedOn!: string;

  @Column({
    type: 'enum',
    enum: ApplicationStatus,
    enumName: 'application_status',
    default: ApplicationStatus.RECEIVED,
  })
  status!: ApplicationStatus;

  @Column({ type: 'jsonb' })
  checklist!: ApplicationChecklist;

  /** Why it was returned: the missing para-27 items. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  returnReasons!: string[];

  /** Para 18: the order to requisition the case goes to the official within 3 working days. */
  @Column({ type: 'date', nullable: true })
  requisitionOrderedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'date', nullable: true })
  answeredOn!: string | null;

  /** The applicant was told of the right to appeal to the higher prosecutor (paras 17, 27). */
  @Column({ type: 'boolean', default: false })
  rightToAppealExplained!: boolean;
}
