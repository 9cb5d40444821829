/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Credentials */
export type LoginInput = {
  /** Password */
  password: string;
  /** Login name (case-insensitive) */
  username: string;
};

/** Kind of prosecutor’s office (Instruction paras 4, 7) */
export type OfficeKind =
  /** City prosecutor’s office */
  | 'CITY'
  /** The GPO Department for Representation of State Interests in Courts */
  | 'DEPARTMENT'
  /** District prosecutor’s office */
  | 'DISTRICT'
  /** Specialized environmental (nature-protection) prosecutor’s office */
  | 'ENVIRONMENTAL'
  /** The Prosecutor General’s Office */
  | 'GPO'
  /** Interdistrict prosecutor’s office */
  | 'INTERDISTRICT'
  /** Military prosecutor’s office (garrison, or the Main Military Prosecutor’s Office) */
  | 'MILITARY'
  /** Prosecutor’s office of an oblast or of a city of republican significance */
  | 'REGIONAL'
  /** Transport prosecutor’s office (or the Main Transport Prosecutor’s Office) */
  | 'TRANSPORT';

/** What a user may see and do */
export type Role =
  /** Administers users and reference data, including the working-day calendar */
  | 'ADMIN'
  /** The GPO Department: the whole republic */
  | 'DEPARTMENT'
  /** A district, city or interdistrict office: its own office */
  | 'DISTRICT'
  /** A regional office: its region and the offices in it */
  | 'REGIONAL'
  /** A military, transport or environmental office: its cases, and hearings in courts of its locality (para 7) */
  | 'SPECIALIZED';

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = { login: { token: string; expiresAt: string } };

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    id: string;
    username: string;
    displayName: string;
    role: Role;
    officeId: string | null;
    office: {
      id: string;
      code: string;
      kind: OfficeKind;
      nameKk: string;
      nameRu: string;
      nameEn: string;
      shortNameKk: string;
      shortNameRu: string;
      shortNameEn: string;
      region: { id: string; code: string; nameKk: string; nameRu: string; nameEn: string } | null;
    } | null;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    username
    displayName
    role
    officeId
    office {
      id
      code
      kind
      nameKk
      nameRu
      nameEn
      shortNameKk
      shortNameRu
      shortNameEn
      region {
        id
        code
        nameKk
        nameRu
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
