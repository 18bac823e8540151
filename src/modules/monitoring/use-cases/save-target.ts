import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import { AppError, type FieldErrors } from '../../../core/errors.js';
import type { AppServices } from '../../../core/http/types.js';
import { findIndicator } from '../indicators.js';
import { monitoringPolicy } from '../policy.js';
import type { TargetInput } from '../schemas.js';

/**
 * Sets the target of an indicator for one area or for every city: a number to reach by a year, or
 * another indicator's value (the Kontrakt's rule: the staff share should equal the population
 * share). A new target for the same indicator and area replaces the old one.
 */
export async function saveTarget(options: {
  services: AppServices;
  actor: UserActor;
  input: TargetInput;
  ip?: string;
}): Promise<void> {
  const { services, actor, input } = options;
  authorize(actor, monitoringPolicy, 'manage_data', undefined);
  const indicator = findIndicator(input.indicator)!;
  const fields: FieldErrors = {};
  let targetValue: number | null = null;
  let targetYear: number | null = null;
  let reference: string | null = null;
  if (input.kind === 'value') {
    const value = Number(input.targetValue.replace(',', '.'));
    if (!/^\d+(,\d+)?$/u.test(input.targetValue)) fields.targetValue = { key: 'monitoring.values.number_format' };
    else if (indicator.unit === 'percent' && value > 100)
      fields.targetValue = { key: 'monitoring.values.out_of_range_percent' };
    else targetValue = value;
    const year = Number(input.targetYear);
    if (!/^\d{4}$/u.test(input.targetYear) || year < 2000 || year > 2100)
      fields.targetYear = { key: 'monitoring.targets.year_format' };
    else targetYear = year;
  } else {
    const other = input.referenceIndicator ? findIndicator(input.referenceIndicator) : undefined;
    if (!other) fields.referenceIndicator = { key: 'validation.required' };
    else if (other.key === indicator.key || other.unit !== indicator.unit)
      fields.referenceIndicator = { key: 'monitoring.targets.reference_unit' };
    else reference = other.key;
  }
  if (Object.keys(fields).length > 0) throw new AppError('invalid_input', { fields });
  await services.db.transaction().execute(async (trx) => {
    let existing = trx.deleteFrom('monitoring_targets').where('indicator_key', '=', indicator.key);
    existing = input.area === null ? existing.where('area', 'is', null) : existing.where('area', '=', input.area);
    await existing.execute();
    await trx
      .insertInto('monitoring_targets')
      .values({
        indicator_key: indicator.key,
        area: input.area,
        target_value: targetValue,
        target_year: targetYear,
        reference_indicator_key: reference,
        created_by: actor.userId,
      })
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.target_saved',
      subjectType: 'monitoring_target',
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { indicator: indicator.key, area: input.area, targetValue, targetYear, reference },
    });
  });
}
