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
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/**
 * An administrative-offense case before a court: the facts the rules engine reads (rules contract, CaseFacts)
 * and what the engine computed from them (grounds, routing, explanations). The computed columns are rewritten
 * whenever a fact changes; they are stored so that lists and boards filter on them with indexes.
 */
@Entity('court_case')
@Index(['regionId', 'registeredOn'])
@Index(['responsibleOfficeId', 'registeredOn'])
export class Case extends BaseRecord {
  /** The court's case number. */
  @Column({ type: 'text', unique: true })
  number!: string;

  /** КоАП article and part as free codes (KAZAKHSTAN.md §3: ranges are not verified, so never derived). */
  @Column({ type: 'text' })
  koapArticle!: string;

  @Column({ type: 'text', nullable: true })
  koapPart!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  /** Personal data of the person held liable: visible only inside the jurisdiction. */
  @Column({ type: 'text' })
  offenderName!: string;

  @Column({ type: 'date', nullable: true })
  offenderBirthDate!: string | null;

  @Column({ type: 'date' })
  registeredOn!: string;

  @Index()
  @Column({ type: 'uuid' })
  regionId!: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id' })
  region?: unknown;

  /** The court hearing the case now. */
  @Index()
  @Column({ type: 'uuid' })
  courtId!: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** The territorial office at the court's location (para 7). */
  @Index()
  @Column({ type: 'uuid' })
  territorialOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'territorial_office_id' })
  territorialOffice?: unknown;

  /** The prosecutor's unit that initiated the case, when a prosecutor did (para 9). */
  @Column({ type: 'uuid', nullable: true })
  initiatingOfficeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'initiating_office_id' })
  initiatingOffice?: unknown;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themeCodes!: string[];

  // ── Facts (rules contract, CaseFacts) ────────────────────────────────────────────────────────────
  @Column({ type: 'enum', enum: Instance, enumName: 'instance', default: Instance.FIRST })
  instance!: Instance;

  @Column({ type: 'enum', enum: Proceeding, enumName: 'proceeding', default: Proceeding.OFFENSE })
  proceeding!: Proceeding;

  @Column({ type: 'enum', enum: Sphere, enumName: 'sphere', array: true, default: () => "'{}'" })
  spheres!: Sphere[];

  @Column({ type: 'enum', enum: Sanction, enumName: 'sanction', array: true, default: () => "'{}'" })
  sanctions!: Sanction[];

  @Column({ type: 'boolean', default: false })
  offenderMinor!: boolean;

  @Column({ type: 'enum', enum: MilitaryStatus, enumName: 'military_status', default: MilitaryStatus.NONE })
  offenderMilitary!: MilitaryStatus;

  @Column({ type: 'boolean', default: false })
  offenderDutyRelated!: boolean;

  @Column({ type: 'enum', enum: Initiator, enumName: 'initiator', default: Initiator.OTHER_AUTHORITY })
  initiator!: Initiator;

  @Column({ type: 'boolean', default: false })
  higherProsecutorRequired!: boolean;

  @Column({ type: 'enum', enum: ActKind, enumName: 'act_kind', nullable: true })
  actKind!: ActKind | null;

  @Column({ type: 'boolean', default: false })
  prosecutorAgrees!: boolean;

  // ── Computed by the rules engine ────────────────────────────────────────────────────────────────
  @Index()
  @Column({ type: 'boolean', default: false })
  mandatory!: boolean;

  @Column({ type: 'enum', enum: Ground, enumName: 'ground', array: true, default: () => "'{}'" })
  grounds!: Ground[];

  @Column({
    type: 'enum',
    enum: ResponsibleKind,
    enumName: 'responsible_kind',
    default: ResponsibleKind.TERRITORIAL,
  })
  responsibleKind!: ResponsibleKind;

  /** The office that answers for the case after routing and fallback (paras 7, 9). */
  @Column({ type: 'uuid' })
  responsibleOfficeId!: string;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_office_id' })
  responsibleOffice?: unknown;

  /** The specialized office the case falls to by its category, whether or not it fell back (para 7). */
  @Column({ type: 'uuid', nullable: true })
  specializedOfficeId!: string | null;

  @ManyToOne('Office', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialized_office_id' })
  specializedOffice?: unknown;

  @Column({ type: 'boolean', default: false })
  initiatingUnit!: boolean;

  @Column({ type: 'boolean', default: false })
  fallback!: boolean;

  @Column({ type: 'boolean', default: false })
  notifySpecialized!: boolean;

  /** The engine's explanation of grounds and routing, with paragraphs and reasons in kk/ru/en. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  explanation!: Record<string, unknown>;
}
