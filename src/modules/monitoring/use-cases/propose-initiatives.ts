import type { Kysely } from 'kysely';
import type { UserActor } from '../../../core/auth/actor.js';
import { recordAudit } from '../../../core/audit/record-audit.js';
import { authorize } from '../../../core/auth/policy.js';
import type { Database } from '../../../core/db/database.js';
import { AppError } from '../../../core/errors.js';
import { monitoringPolicy } from '../policy.js';

export interface InitiativeProposal {
  title: string;
  description: string;
  /** Where the proposal comes from, as people read it ("Forum Ausbildung 2026, Runde 2"). */
  sourceLabel: string;
  /** The page of that source, after the language prefix ("/beteiligung/foren/…/ergebnis"). */
  sourcePath: string;
}

/**
 * Adds initiatives in status "proposed" to the work programme, not yet tied to a goal: the
 * coordination office places them later. Other modules call this (participation turns a forum's
 * result into proposals); it takes their transaction or the database, and writes all or none.
 */
export async function proposeInitiatives(options: {
  db: Kysely<Database>;
  actor: UserActor;
  proposals: readonly InitiativeProposal[];
  ip?: string;
}): Promise<{ ids: string[] }> {
  const { db, actor, proposals } = options;
  authorize(actor, monitoringPolicy, 'manage_work_programme', undefined);
  const bad = proposals.findIndex(
    (proposal) =>
      proposal.title.trim() === '' ||
      proposal.title.length > 300 ||
      proposal.description.length > 4000 ||
      !proposal.sourcePath.startsWith('/'),
  );
  if (bad >= 0) throw new AppError('invalid_input', { messageKey: 'monitoring.programme.proposal_invalid' });
  if (proposals.length === 0) return { ids: [] };
  const write = async (trx: Kysely<Database>) => {
    const rows = await trx
      .insertInto('monitoring_initiatives')
      .values(
        proposals.map((proposal) => ({
          title: proposal.title.trim(),
          description: proposal.description.trim(),
          field: 'participation',
          status: 'proposed' as const,
          source_label: proposal.sourceLabel.trim().slice(0, 300),
          source_path: proposal.sourcePath,
        })),
      )
      .returning('id')
      .execute();
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'monitoring.initiatives_proposed',
      subjectType: 'monitoring_initiative',
      organisationId: actor.organisation?.id ?? null,
      ip: options.ip ?? null,
      details: { count: rows.length, source: proposals[0]!.sourcePath },
    });
    return rows.map((row) => row.id);
  };
  const ids = db.isTransaction ? await write(db) : await db.transaction().execute(write);
  return { ids };
}
