import type { FastifyBaseLogger } from 'fastify';
import { loggableError } from '../../../../core/jobs/boss.js';

/** One row a run handles, named by its table and key — never by anything about the person. */
export interface RowKey {
  table: string;
  column: string;
  value: string;
}

export interface RowByRow {
  /** Does one row's work; when it throws, logs the row by its key, counts it and returns undefined. */
  attempt<R>(row: RowKey, work: () => Promise<R>): Promise<R | undefined>;
  /** At the end of the run: throws one error with `summary(failed)` when any row failed. */
  finish(summary: (failed: number) => string): void;
}

/**
 * A run over many rows in which one failing row does not stop the others. Each row's work is its
 * own transaction, so a failure rolls back that row only and the run goes on. The failure is logged
 * with the row's table and key and the error's name, message and stack (`loggableError`), never
 * the row's values: an e-mail address or name stays out of the log. `finish` then fails the run
 * with the count, so the job queue records the job as failed and retries it; the retry finds only
 * the rows still left to do.
 */
export function rowByRow(logger: FastifyBaseLogger, outcome: string): RowByRow {
  let failed = 0;
  return {
    async attempt(row, work) {
      try {
        return await work();
      } catch (error) {
        failed += 1;
        logger.error(
          { table: row.table, key: { [row.column]: row.value }, err: loggableError(error) },
          `alerts: ${row.table} ${row.column}=${row.value} ${outcome}`,
        );
        return undefined;
      }
    },
    finish(summary) {
      if (failed > 0) throw new Error(summary(failed));
    },
  };
}
