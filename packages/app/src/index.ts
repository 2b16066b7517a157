// Public surface of @ctrl-alt-heal/app.

export { ENV } from './config/env-names';
export type { EnvName } from './config/env-names';
export { TABLES } from './storage/table-definitions';
export type { TableDefinition, TableName } from './storage/table-definitions';
