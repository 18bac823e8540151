import { z } from 'zod';

/** Candidates per page of a position's ranking, and how many are ranked at most (five pages). */
export const CANDIDATES_PER_PAGE = 20;
export const MAX_CANDIDATES = 100;
export const MAX_CANDIDATE_PAGES = MAX_CANDIDATES / CANDIDATES_PER_PAGE;

/** `?page=2` on the candidate page, read apart from the company search (whose schema is strict). */
export const CandidatePageSchema = z
  .string()
  .regex(/^\d{1,2}$/, 'matching_talents.validation.page')
  .transform(Number)
  .refine((n) => n >= 1 && n <= MAX_CANDIDATE_PAGES, 'matching_talents.validation.page');

/** The invite button of a candidate card: which talent (by profile id, as the company already sees it). */
export const InviteTalentFormSchema = z.object({ profile: z.string().uuid() }).strict();

/** The save / unsave button of a candidate card. */
export const SaveTalentFormSchema = z.object({ profile: z.string().uuid(), saved: z.enum(['1', '0']) }).strict();

export const InvitationParamsSchema = z.object({ lang: z.string(), id: z.string().uuid() }).strict();

export const EmptyTalentFormSchema = z.object({}).strict();
