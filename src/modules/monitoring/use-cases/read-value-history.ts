import type { AppServices } from '../../../core/http/types.js';
import { AppError } from '../../../core/errors.js';

/** A value with every correction it had, oldest first; public, like the value itself. */
export async function readValueHistory(options: { services: AppServices; valueId: string }) {
  const { services, valueId } = options;
  const value = await services.db
    .selectFrom('monitoring_values')
    .select(['id', 'indicator_key', 'area', 'year', 'value', 'sign', 'source', 'retrieved_on', 'is_demo', 'import_id'])
    .where('id', '=', valueId)
    .executeTakeFirst();
  if (!value) throw new AppError('not_found');
  const corrections = await services.db
    .selectFrom('monitoring_corrections')
    .select(['id', 'previous_value', 'previous_sign', 'new_value', 'reason', 'corrected_at'])
    .where('value_id', '=', valueId)
    .orderBy('corrected_at')
    .execute();
  return { value, corrections };
}
