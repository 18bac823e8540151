import type { UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import type { ImportMapping } from '../import/index.js';
import { monitoringPolicy } from '../policy.js';
import type { MappingInput } from '../schemas.js';
import { readImport } from './load-import.js';

/**
 * The coordinator says which column is the area, the time and the value, and for a long table which
 * column names the indicator, what each of its codes means, and which columns are a sub-dimension. The
 * mapping is kept on the draft and remembered for its source table, so the next export of the same
 * table is mapped already (its codes too). Codes chosen earlier and not posted now are kept.
 */
export async function mapImport(options: {
  services: AppServices;
  actor: UserActor;
  importId: string;
  input: MappingInput;
}): Promise<void> {
  const { services, actor, importId, input } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  await services.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('monitoring_imports')
      .select(['source_table', 'status'])
      .where('id', '=', importId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    if (row.status !== 'draft') throw new AppError('conflict', { messageKey: 'monitoring.import.not_draft' });
    const { codeChoices, ...columns } = input;
    const loaded = await readImport(trx, importId);
    const indicatorCodes =
      columns.indicatorColumn === loaded.mapping.indicatorColumn ? { ...loaded.mapping.indicatorCodes } : {};
    loaded.indicatorCodes.forEach((code, index) => {
      const choice = codeChoices.get(index);
      if (choice === '') delete indicatorCodes[code];
      else if (choice !== undefined) indicatorCodes[code] = choice;
    });
    const mapping: ImportMapping = { ...columns, indicatorCodes };
    const json = JSON.stringify(mapping);
    await trx.updateTable('monitoring_imports').set({ mapping: json }).where('id', '=', importId).execute();
    await trx
      .insertInto('monitoring_mappings')
      .values({ source_table: row.source_table, mapping: json })
      .onConflict((conflict) => conflict.column('source_table').doUpdateSet({ mapping: json, updated_at: new Date() }))
      .execute();
  });
}
