import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { parseOfficialCsv } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import type { StartImportInput } from '../schemas.js';

/**
 * Statistical offices export in UTF-8 or, still often, in Windows-1252 (GENESIS and the
 * Regionaldatenbank offer both): a file that is not valid UTF-8 is read as Windows-1252.
 */
export function decodeExport(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * The first step of an import: the coordinator hands in a CSV export and says which indicator it is
 * for (or that a column names it on each line, for a long table), where it comes from and when it was retrieved. The file is kept as a draft with no value
 * saved; the table it holds must be found, else the form says so at the text.
 */
export async function startImport(options: {
  services: AppServices;
  actor: UserActor;
  input: StartImportInput;
}): Promise<{ importId: string }> {
  const { services, actor, input } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  const text = input.file ? decodeExport(input.file.bytes) : (input.csv ?? '');
  const table = parseOfficialCsv(text);
  if (table.rows.length === 0)
    throw new AppError('invalid_input', {
      fields: { [input.file ? 'file' : 'csv']: { key: 'monitoring.import.no_table' } },
    });
  const sourceTable = input.sourceTable ?? table.tableCode ?? input.sourceLabel.slice(0, 100);
  const row = await services.db
    .insertInto('monitoring_imports')
    .values({
      indicator_key: input.indicator,
      source_table: sourceTable,
      source_label: input.sourceLabel,
      retrieved_on: input.retrievedOn,
      raw_text: text,
      created_by: actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { importId: row.id };
}
