import 'reflect-metadata';
import { DomainError, ErrorCode } from '@qadagalau/shared';
import { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter, formatGraphQLError, INTERNAL_MESSAGE } from './errors';
import { createLogger } from './logger';

const logged: string[] = [];
const logger = createLogger({ level: 'debug', pretty: false, write: (line) => logged.push(line) });
const format = createErrorFormatter({ exposeStack: false, logger });

/** What graphql-js makes of an error thrown inside a resolver. */
function thrownInResolver(error: Error): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, path: ['protest'] });
}

function viaApollo(error: GraphQLError, code?: string): GraphQLFormattedError {
  const formatted = error.toJSON();
  return format({ ...formatted, extensions: { ...formatted.extensions, ...(code ? { code } : {}) } }, error);
}

describe('formatError', () => {
  it('should carry a DomainError code, message and details to the client', () => {
    const error = thrownInResolver(
      new DomainError(ErrorCode.DEADLINE_PASSED, 'The protest deadline has passed', { field: 'filedOn' }),
    );
    expect(viaApollo(error)).toEqual({
      message: 'The protest deadline has passed',
      path: ['protest'],
      extensions: { code: 'DEADLINE_PASSED', field: 'filedOn' },
    });
  });

  it('should turn class-validator failures into BAD_USER_INPUT naming every field', () => {
    const title = Object.assign(new ValidationError(), {
      property: 'title',
      constraints: { minLength: 'title must be longer than or equal to 3 characters' },
    });
    const date = Object.assign(new ValidationError(), {
      property: 'date',
      constraints: { isDate: 'date must be a Date instance' },
    });
    const events = Object.assign(new ValidationError(), { property: 'events', children: [date] });
    const input = Object.assign(new ValidationError(), { property: 'input', children: [title, events] });
    const result = viaApollo(thrownInResolver(new ArgumentValidationError([input])), 'BAD_USER_INPUT');
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'input.title', messages: ['title must be longer than or equal to 3 characters'] },
        { field: 'input.events.date', messages: ['date must be a Date instance'] },
      ],
    });
    expect(result.message).toBe('Invalid input: input.title, input.events.date');
  });

  it('should hide an unexpected error behind INTERNAL and log it', () => {
    logged.length = 0;
    const result = viaApollo(thrownInResolver(new Error('relation "protest" does not exist')));
    expect(result).toEqual({
      message: INTERNAL_MESSAGE,
      path: ['protest'],
      extensions: { code: 'INTERNAL' },
    });
    expect(logged.join('')).toContain('relation \\"protest\\" does not exist');
  });

  it('should include a stack trace only when asked to (development)', () => {
    const dev = createErrorFormatter({ exposeStack: true, logger });
    const error = thrownInResolver(new Error('boom'));
    expect(dev(error.toJSON(), error).extensions?.['stacktrace']).toBeInstanceOf(Array);
    expect(viaApollo(error).extensions).not.toHaveProperty('stacktrace');
  });

  it('should keep the message of a malformed query and answer BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".');
    expect(viaApollo(error, 'GRAPHQL_VALIDATION_FAILED')).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('should map type-graphql authentication errors to UNAUTHENTICATED', () => {
    expect(viaApollo(thrownInResolver(new AuthenticationError())).extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('should format errors from WebSocket results the same way', () => {
    const domain = thrownInResolver(new DomainError(ErrorCode.FORBIDDEN, 'Not your region'));
    expect(formatGraphQLError(domain, { exposeStack: false, logger }).extensions).toEqual({
      code: 'FORBIDDEN',
    });
    // graphql-js validation over WebSocket: no code, no path.
    const invalid = new GraphQLError('Syntax Error: Expected Name, found <EOF>.');
    expect(formatGraphQLError(invalid, { exposeStack: false, logger }).extensions).toEqual({
      code: 'BAD_USER_INPUT',
    });
    const internal = thrownInResolver(new TypeError('x is undefined'));
    expect(formatGraphQLError(internal, { exposeStack: false, logger }).message).toBe(INTERNAL_MESSAGE);
  });
});
