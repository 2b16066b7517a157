import { TABLES, type TableName } from './table-definitions';

/**
 * The physical name of every table, by short name. Deployed names come from the environment
 * (see `TABLES[name].envName`); embedded mode uses each table's logical id.
 */
export type TableNames = Readonly<Record<TableName, string>>;

/** The table names embedded mode uses: each table's logical id from {@link TABLES}. */
export function embeddedTableNames(): TableNames {
  return {
    users: TABLES.users.id,
    identities: TABLES.identities.id,
    conversations: TABLES.conversations.id,
    prescriptions: TABLES.prescriptions.id,
    fhirData: TABLES.fhirData.id,
    processedUpdates: TABLES.processedUpdates.id,
    doses: TABLES.doses.id,
  };
}
