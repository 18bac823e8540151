import { changeInitiative, type ProgrammeChange } from '../initiative-changes.js';
import type { EditInitiativeInput } from '../schemas.js';

/**
 * The coordinator sets an initiative's status, who runs it (a name as the cooperation writes it; it
 * replaces a linked organisation), its cities (none: all seven) and the indicators that measure it.
 * The audit entry keeps what it was and what it became.
 */
export async function editInitiative(options: ProgrammeChange & { input: EditInitiativeInput }): Promise<void> {
  const { input, initiativeId } = options;
  await changeInitiative(options, 'monitoring.initiative_edited', async (trx) => {
    const before = await trx
      .selectFrom('monitoring_initiatives as i')
      .leftJoin('organisations as o', 'o.id', 'i.owner_organisation_id')
      .select(['i.status', 'i.owner_label', 'o.name as owner_name', 'i.cities'])
      .where('i.id', '=', initiativeId)
      .executeTakeFirstOrThrow();
    const measuredBefore = await trx
      .selectFrom('monitoring_initiative_indicators')
      .select('indicator_key')
      .where('initiative_id', '=', initiativeId)
      .orderBy('indicator_key')
      .execute();
    const ownerBefore = before.owner_name ?? before.owner_label;
    const owner = input.owner ?? '';
    await trx
      .updateTable('monitoring_initiatives')
      .set({
        status: input.status,
        cities: input.cities,
        ...(owner === ownerBefore ? {} : { owner_label: owner, owner_organisation_id: null }),
      })
      .where('id', '=', initiativeId)
      .execute();
    await trx.deleteFrom('monitoring_initiative_indicators').where('initiative_id', '=', initiativeId).execute();
    if (input.indicators.length > 0)
      await trx
        .insertInto('monitoring_initiative_indicators')
        .values(input.indicators.map((key) => ({ initiative_id: initiativeId, indicator_key: key })))
        .execute();
    return {
      result: undefined,
      details: {
        before: {
          status: before.status,
          owner: ownerBefore,
          cities: before.cities,
          indicators: measuredBefore.map((row) => row.indicator_key),
        },
        after: { status: input.status, owner, cities: input.cities, indicators: [...input.indicators].sort() },
      },
    };
  });
}
