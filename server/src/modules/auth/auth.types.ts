import { Role } from '@qadagalau/shared';
import { IsString, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsStorableText } from '../../common/validators';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may see and do',
  valuesConfig: {
    ADMIN: { description: 'Administers users and reference data, including the working-day calendar' },
    DEPARTMENT: { description: 'The GPO Department: the whole republic' },
    REGIONAL: { description: 'A regional office: its region and the offices in it' },
    DISTRICT: { description: 'A district, city or interdistrict office: its own office' },
    SPECIALIZED: {
      description:
        'A military, transport or environmental office: its cases, and hearings in courts of its locality (para 7)',
    },
  },
});

@InputType({ description: 'Credentials' })
export class LoginInput {
  @Field(() => String, { description: 'Login name (case-insensitive)' })
  @IsString()
  @Length(1, 64)
  @IsStorableText({ multiline: false })
  username!: string;

  @Field(() => String, { description: 'Password' })
  @IsString()
  @Length(1, 200)
  password!: string;
}

@ObjectType({ description: 'The signed-in user' })
export class Viewer {
  @Field(() => ID, { description: 'User identifier' })
  id!: string;

  @Field(() => String, { description: 'Login name' })
  username!: string;

  @Field(() => String, { description: 'Name shown in the interface' })
  displayName!: string;

  @Field(() => Role, { description: 'Role, which fixes the jurisdiction' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The user’s office (null for an administrator)' })
  officeId!: string | null;
}

@ObjectType({ description: 'A new session' })
export class LoginPayload {
  @Field(() => String, {
    description: 'Bearer token for the Authorization header or the graphql-ws connection',
  })
  token!: string;

  @Field(() => Date, { description: 'When the token expires' })
  expiresAt!: Date;

  @Field(() => Viewer, { description: 'Who signed in' })
  viewer!: Viewer;
}
