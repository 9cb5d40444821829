import { NotificationChannel } from '@qadagalau/shared';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: 'A para 7 notice from the territorial office to the specialized one' })
export class NotifySpecializedOfficeInput {
  @Field(() => ID, { description: 'The case' })
  @IsUUID()
  caseId!: string;

  @Field(() => NotificationChannel, { description: 'How it was sent (a means that registers the notice)' })
  @IsEnum(NotificationChannel)
  channel!: NotificationChannel;

  @Field(() => String, { description: 'Outgoing registration number of the notice' })
  @IsNonBlankText(64)
  registrationNumber!: string;

  @Field(() => Date, { nullable: true, description: 'When it was sent; defaults to now' })
  @IsOptional()
  @IsDate()
  sentAt?: Date | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A notice the specialized office received' })
export class AcknowledgeNotificationInput {
  @Field(() => ID, { description: 'The notification' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock: CONFLICT when stale)' })
  @IsInt()
  @Min(1)
  version!: number;
}

@InputType({ description: 'Which notices to list; every criterion is optional' })
export class NotificationFilter {
  @Field(() => [ID], { nullable: true, description: 'Only notices to these offices' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  toOfficeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only notices from these offices' })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  fromOfficeIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only notices not acknowledged yet (or only acknowledged)',
  })
  @IsOptional()
  @IsBoolean()
  pending?: boolean | null;
}
