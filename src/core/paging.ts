import { z } from 'zod';

/** The query parameter that carries the page number, on every paginated list. */
export const PAGE_PARAM = 'seite';

/**
 * `?seite=` of a paginated list. A missing or malformed number means the first page instead of an
 * error: people edit addresses, and an old link to a page that no longer exists should still lead somewhere.
 */
export const PageQuerySchema = z.looseObject({
  [PAGE_PARAM]: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});

/** A page of a long list: which page, how many, and where its rows start. */
export interface PageWindow {
  /** 1-based, never past the last page. */
  page: number;
  pageCount: number;
  /** Rows to skip (SQL offset). */
  offset: number;
  perPage: number;
  total: number;
}

/** The requested page of a list of `total` rows, moved onto the last page when it lies beyond it. */
export function pageWindow(requested: number, total: number, perPage: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(Math.trunc(requested) || 1, 1), pageCount);
  return { page, pageCount, offset: (page - 1) * perPage, perPage, total };
}
