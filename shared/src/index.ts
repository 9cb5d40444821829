export * from './enums/enum';
export * from './enums/domain';
export * from './errors/error-code';
export * from './i18n/text';
export * from './enums/rules';
