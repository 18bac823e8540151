import type { ApplicationStatus } from '../tables.js';

/**
 * The life of an application, as a table. Each status a side may set lists the statuses it may
 * be set from; everything else is refused with a clear message.
 */
export const COMPANY_TRANSITIONS = {
  in_review: ['submitted'],
  invited: ['submitted', 'in_review'],
  interview: ['identity_revealed'],
  offer: ['identity_revealed', 'interview'],
  contract: ['offer'],
  declined: ['submitted', 'in_review', 'invited', 'identity_revealed', 'interview', 'offer'],
} as const satisfies Partial<Record<ApplicationStatus, readonly ApplicationStatus[]>>;

export type CompanyStatus = keyof typeof COMPANY_TRANSITIONS;
export const COMPANY_STATUSES = Object.keys(COMPANY_TRANSITIONS) as [CompanyStatus, ...CompanyStatus[]];

/** The applicant consents from `invited`; withdraws at any time until the procedure has ended. */
export const APPLICANT_TRANSITIONS = {
  identity_revealed: ['invited'],
  withdrawn: ['submitted', 'in_review', 'invited', 'identity_revealed', 'interview', 'offer', 'contract'],
} as const satisfies Partial<Record<ApplicationStatus, readonly ApplicationStatus[]>>;

/** Statuses in which the procedure still runs: messages pass, the position closing ends it. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = [
  'submitted',
  'in_review',
  'invited',
  'identity_revealed',
  'interview',
  'offer',
];

/** After consent and until the procedure ends by decline or withdrawal, the company may see name and contact. */
export const REVEALED_STATUSES: readonly ApplicationStatus[] = ['identity_revealed', 'interview', 'offer', 'contract'];

export function isOpen(status: ApplicationStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function isIdentityVisible(application: { status: ApplicationStatus; consent_at: Date | null }): boolean {
  return application.consent_at !== null && REVEALED_STATUSES.includes(application.status);
}

export function canCompanySet(from: ApplicationStatus, to: CompanyStatus): boolean {
  return (COMPANY_TRANSITIONS[to] as readonly ApplicationStatus[]).includes(from);
}

/** The statuses a company can move an application to next, in the order its buttons appear. */
export function nextCompanyStatuses(from: ApplicationStatus): CompanyStatus[] {
  return COMPANY_STATUSES.filter((to) => canCompanySet(from, to));
}

export function canApplicantWithdraw(from: ApplicationStatus): boolean {
  return (APPLICANT_TRANSITIONS.withdrawn as readonly ApplicationStatus[]).includes(from);
}
