import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * While the embedded database's disk is nearly full, every write is answered 503 with Retry-After before it
 * reaches the database (which would hang on a full disk), and each refusal is logged with the free space; pages
 * still read. Writes are accepted again as soon as space is freed.
 */
export function refuseWritesWhileDiskLow(app: FastifyInstance): void {
  const { diskSpace } = app.services;
  if (!diskSpace) return;
  app.addHook('onRequest', async (request) => {
    if (!WRITE_METHODS.has(request.method) || !diskSpace.isLow()) return;
    request.log.error(
      { freeMegabytes: Math.floor(diskSpace.freeBytes() / 1024 / 1024) },
      'the data directory is nearly full: writes are refused until space is freed',
    );
    throw new AppError('unavailable', { help: { reasonKey: 'errors.unavailable_reason' } });
  });
}
