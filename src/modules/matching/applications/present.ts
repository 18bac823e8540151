import type { ApplicationClosedReason, ApplicationStatus } from '../tables.js';
import { detectContactData, type ContactDataKind } from '../shared/index.js';
import type { ApplicationRecord, StatusChange, ThreadMessage } from './records.js';
import type { RevealedIdentity } from './reveal.js';
import type { PersonalPart, Qualifications } from './schemas.js';
import {
  canApplicantWithdraw,
  isIdentityVisible,
  isOpen,
  nextCompanyStatuses,
  type CompanyStatus,
} from './statuses.js';

/**
 * What leaves the server about an application, chosen field by field. The company's views carry
 * the pseudonym, the qualifications part, status, history and the messages that passed — never
 * the profile, its pseudonym or any identity field; `identity` is filled only by reveal.ts.
 */
export interface CompanyApplicationSummary {
  id: string;
  pseudonym: string;
  status: ApplicationStatus;
  submittedAt: Date;
  updatedAt: Date;
  schoolCertificate: Qualifications['school_certificate'] | null;
  languages: Qualifications['languages'];
}

export interface CompanyMessage {
  id: string;
  from: 'company' | 'applicant';
  /** Null when the applicant withdrew after the reveal: what they wrote while known by name is hidden again. */
  body: string | null;
  at: Date;
}

export interface CompanyApplicationView {
  id: string;
  pseudonym: string;
  positionId: string | null;
  positionTitle: string;
  status: ApplicationStatus;
  closedReason: ApplicationClosedReason | null;
  submittedAt: Date;
  /** Null when the applicant deleted their account: nothing of the person remains. */
  qualifications: Qualifications | null;
  messages: CompanyMessage[];
  history: { status: ApplicationStatus; by: StatusChange['actor']; at: Date }[];
  identity: RevealedIdentity | null;
  /** The company's own messages that were held back before the reveal, with what was found. */
  heldBack: CompanyHeldBackMessage[];
  nextStatuses: CompanyStatus[];
  canMessage: boolean;
}

export function presentSummaryForCompany(application: ApplicationRecord): CompanyApplicationSummary {
  return {
    id: application.id,
    pseudonym: application.pseudonym,
    status: application.status,
    submittedAt: application.createdAt,
    updatedAt: application.updatedAt,
    schoolCertificate: application.qualifications?.school_certificate ?? null,
    languages: application.qualifications?.languages ?? [],
  };
}

function presentHistory(history: StatusChange[]): CompanyApplicationView['history'] {
  return history.map((change) => ({ status: change.to, by: change.actor, at: change.at }));
}

export function presentApplicationForCompany(input: {
  application: ApplicationRecord;
  messages: ThreadMessage[];
  history: StatusChange[];
  identity: RevealedIdentity | null;
}): CompanyApplicationView {
  const { application } = input;
  const visible = isIdentityVisible({ status: application.status, consent_at: application.consentAt });
  const consentAt = application.consentAt;
  const messages = input.messages
    .filter((message) => !message.heldBack)
    .map((message) => {
      // What the applicant wrote while known by name, and what was held back until consent (their
      // contact data), the company reads only while the identity is visible.
      const writtenWhileKnown =
        message.sender === 'applicant' &&
        ((consentAt !== null && message.createdAt.getTime() >= consentAt.getTime()) || message.releasedAt !== null);
      return {
        id: message.id,
        from: message.sender,
        body: writtenWhileKnown && !visible ? null : message.body,
        at: message.createdAt,
      };
    });
  return {
    id: application.id,
    pseudonym: application.pseudonym,
    positionId: application.positionId,
    positionTitle: application.positionTitle,
    status: application.status,
    closedReason: application.closedReason,
    submittedAt: application.createdAt,
    // The German equivalent only: a foreign certificate's name (in parts sent before decision 026) tells origin.
    qualifications: application.qualifications && { ...application.qualifications, foreign_certificate: null },
    messages,
    history: presentHistory(input.history),
    identity: visible ? input.identity : null,
    heldBack: presentCompanyHeldBack(input.messages),
    nextStatuses: nextCompanyStatuses(application.status),
    canMessage: isOpen(application.status) || application.status === 'contract',
  };
}

export interface ApplicantMessage {
  id: string;
  from: 'company' | 'applicant';
  body: string;
  at: Date;
  /** The sender's own message that was held back, with what was found in it. */
  heldBack: ContactDataKind[] | null;
}

export interface ApplicantApplicationView {
  id: string;
  pseudonym: string;
  positionId: string | null;
  positionTitle: string;
  organisationName: string;
  status: ApplicationStatus;
  closedReason: ApplicationClosedReason | null;
  submittedAt: Date;
  qualifications: Qualifications | null;
  personal: PersonalPart | null;
  isIdentityVisibleToCompany: boolean;
  messages: ApplicantMessage[];
  history: { status: ApplicationStatus; by: StatusChange['actor']; at: Date }[];
  awaitsConsent: boolean;
  canWithdraw: boolean;
  canMessage: boolean;
}

export function presentApplicationForApplicant(input: {
  application: ApplicationRecord;
  organisationName: string;
  personal: PersonalPart | null;
  messages: ThreadMessage[];
  history: StatusChange[];
  names: string[];
}): ApplicantApplicationView {
  const { application } = input;
  const messages = input.messages
    // The company's held-back messages never reach the applicant; the applicant's own are shown with a notice.
    .filter((message) => !(message.heldBack && message.sender === 'company'))
    .map((message) => ({
      id: message.id,
      from: message.sender,
      body: message.body,
      at: message.createdAt,
      heldBack: message.heldBack ? detectContactData(message.body, { names: input.names }) : null,
    }));
  return {
    id: application.id,
    pseudonym: application.pseudonym,
    positionId: application.positionId,
    positionTitle: application.positionTitle,
    organisationName: input.organisationName,
    status: application.status,
    closedReason: application.closedReason,
    submittedAt: application.createdAt,
    qualifications: application.qualifications,
    personal: input.personal,
    isIdentityVisibleToCompany: isIdentityVisible({ status: application.status, consent_at: application.consentAt }),
    messages,
    history: presentHistory(input.history),
    awaitsConsent: application.status === 'invited',
    canWithdraw: canApplicantWithdraw(application.status),
    canMessage: isOpen(application.status) || application.status === 'contract',
  };
}

export interface MyApplicationSummary {
  id: string;
  positionTitle: string;
  organisationName: string;
  pseudonym: string;
  status: ApplicationStatus;
  submittedAt: Date;
  updatedAt: Date;
}

/** The company's own messages held back before the reveal, shown to the company sender with a notice. */
export interface CompanyHeldBackMessage {
  id: string;
  body: string;
  at: Date;
  found: ContactDataKind[];
}

export function presentCompanyHeldBack(messages: ThreadMessage[]): CompanyHeldBackMessage[] {
  return messages
    .filter((message) => message.heldBack && message.sender === 'company')
    .map((message) => ({
      id: message.id,
      body: message.body,
      at: message.createdAt,
      found: detectContactData(message.body),
    }));
}
