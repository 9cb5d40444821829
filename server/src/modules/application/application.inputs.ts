import { ApplicantKind, ApplicationStatus, ProtestKind } from '@qadagalau/shared';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { IsCalendarDate, IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

/** How an application is answered (paras 17, 27). */
export const ApplicationDecision = {
  /** A protest is brought on it. */
  GRANTED: 'GRANTED',
  /** Refused with a substantive conclusion; the applicant is told of the right to appeal. */
  REFUSED: 'REFUSED',
} as const;
export type ApplicationDecision = (typeof ApplicationDecision)[keyof typeof ApplicationDecision];
registerEnumType(ApplicationDecision, {
  name: 'ApplicationDecision',
  description: 'How an application to bring a protest is answered (paras 17, 27)',
});

@InputType({ description: 'The para-27 checklist: true for each item the application contains' })
export class ApplicationChecklistInput {
  @Field(() => Boolean, { description: '1. The official addressed is named' })
  @IsBoolean()
  addresseeNamed!: boolean;

  @Field(() => Boolean, {
    description: '2. The applicant’s name, residence or location and procedural status',
  })
  @IsBoolean()
  applicantIdentified!: boolean;

  @Field(() => Boolean, { description: '3. The first-instance and appeal courts and their decisions' })
  @IsBoolean()
  courtsAndDecisionsStated!: boolean;

  @Field(() => Boolean, { description: '4. The court resolution proposed for protest' })
  @IsBoolean()
  contestedResolutionNamed!: boolean;

  @Field(() => Boolean, { description: '5. The material violation of law and the applicant’s request' })
  @IsBoolean()
  violationAndRequestStated!: boolean;

  @Field(() => Boolean, { description: '6. Signed by the applicant or representative' })
  @IsBoolean()
  signed!: boolean;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '7. Power of attorney attached (required only for a representative)',
  })
  @IsBoolean()
  powerOfAttorneyAttached = false;

  @Field(() => Boolean, { description: '8. Court-certified copies of the resolutions attached' })
  @IsBoolean()
  certifiedCopiesAttached!: boolean;
}

@InputType({ description: 'An application to bring a protest, as received (paras 18, 27)' })
export class ReceiveApplicationInput {
  @Field(() => ID, { nullable: true, description: 'The case it concerns, when registered' })
  @IsOptional()
  @IsUUID()
  caseId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The office considering it (default: yours, or the case’s responsible office)',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ProtestKind, { description: 'The protest asked for' })
  @IsEnum(ProtestKind)
  requestedProtest!: ProtestKind;

  @Field(() => ApplicantKind, { description: 'Who applied' })
  @IsEnum(ApplicantKind)
  applicantKind!: ApplicantKind;

  @Field(() => String, { description: 'The applicant' })
  @IsNonBlankText(300)
  applicantName!: string;

  @Field(() => String, { nullable: true, description: 'Residence or location of the applicant' })
  @IsOptional()
  @IsNonBlankText(500)
  applicantAddress?: string | null;

  @Field(() => String, { nullable: true, description: 'The applicant’s procedural status in the case' })
  @IsOptional()
  @IsNonBlankText(300)
  applicantStatus?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Filed by a representative' })
  @IsBoolean()
  byRepresentative = false;

  @Field(() => String, { description: 'Received on, YYYY-MM-DD' })
  @IsCalendarDate()
  receivedOn!: string;

  @Field(() => ApplicationChecklistInput, { description: 'The para-27 checklist' })
  @ValidateNested()
  checklist!: ApplicationChecklistInput;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'The answer to an application (paras 17, 27)' })
export class AnswerApplicationInput {
  @Field(() => ID, { description: 'The application' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => ApplicationDecision, { description: 'Granted (a protest is brought) or refused' })
  @IsEnum(ApplicationDecision)
  decision!: ApplicationDecision;

  @Field(() => String, { description: 'The reasoned answer to the applicant' })
  @IsNonBlankText(5000)
  answer!: string;

  @Field(() => String, { description: 'Answered on, YYYY-MM-DD' })
  @IsCalendarDate()
  answeredOn!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'The applicant was told of the right to appeal to the higher prosecutor (required to refuse)',
  })
  @IsBoolean()
  rightToAppealExplained = false;
}

@InputType({ description: 'Which applications to list' })
export class ApplicationFilter {
  @Field(() => ID, { nullable: true, description: 'Region of the case (or of the considering office)' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The office considering it' })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;

  @Field(() => ApplicationStatus, { nullable: true, description: 'Status' })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus | null;

  @Field(() => String, { nullable: true, description: 'Received on or after, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  receivedFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Received on or before, YYYY-MM-DD' })
  @IsOptional()
  @IsCalendarDate()
  receivedTo?: string | null;
}

@ArgsType()
export class OrderRequisitionArgs {
  @Field(() => ID, { description: 'The application' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { description: 'The requisition was ordered on, YYYY-MM-DD' })
  @IsCalendarDate()
  orderedOn!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ArgsType()
export class RecordDateArgs {
  @Field(() => ID, { description: 'The requisition' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version of the requisition you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { description: 'Received on, YYYY-MM-DD' })
  @IsCalendarDate()
  receivedOn!: string;
}
