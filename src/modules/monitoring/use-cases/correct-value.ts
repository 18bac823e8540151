import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { findIndicator } from '../indicators.js';
import { monitoringPolicy } from '../policy.js';
import type { CorrectValueInput } from '../schemas.js';

/**
 * Corrects a stored value with a reason. The value changes; the correction keeps what it was, so the
 * history stays readable on the indicator's page. A share stays within 0–100, a count a whole number.
 */
export async function correctValue(options: {
  services: AppServices;
  actor: UserActor;
  valueId: string;
  input: CorrectValueInput;
  ip?: string;
}): Promise<{ indicatorKey: string }> {
  const { services, actor, valueId, input } = options;
  return services.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('monitoring_values')
      .select(['id', 'indicator_key', 'area', 'value', 'sign'])
      .where('id', '=', valueId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AppError('not_found');
    authorize(actor, monitoringPolicy, 'correct_value', { area: row.area });
    const indicator = findIndicator(row.indicator_key)!;
    const isOutside =
      indicator.unit === 'percent'
        ? input.value < 0 || input.value > 100
        : input.value < 0 || !Number.isInteger(input.value);
    if (isOutside)
      throw new AppError('invalid_input', {
        fields: { value: { key: `monitoring.values.out_of_range_${indicator.unit}` } },
      });
    await trx
      .insertInto('monitoring_corrections')
      .values({
        value_id: row.id,
        previous_value: row.value,
        previous_sign: row.sign,
        new_value: input.value,
        reason: input.reason,
        corrected_by: actor.userId,
      })
      .execute();
    await trx
      .updateTable('monitoring_values')
      .set({ value: input.value, sign: null, updated_at: new Date() })
      .where('id', '=', row.id)
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.value_corrected',
      subjectType: 'monitoring_value',
      subjectId: row.id,
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { indicator: row.indicator_key, area: row.area, from: row.value, to: input.value },
    });
    return { indicatorKey: row.indicator_key };
  });
}
