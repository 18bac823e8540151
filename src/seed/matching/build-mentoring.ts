import type { Insertable } from 'kysely';
import { CITIES, type City } from '../../region/index.js';
import type {
  DropoutHelpRequestsTable,
  MentorshipAudience,
  PositionAlertsTable,
  ProfileDigestSubscriptionsTable,
} from '../../modules/matching/tables.js';
import {
  COMPANY_FOCUS,
  PERSON_FOCUS,
  type CompanyFocus,
  type PersonFocus,
} from '../../modules/matching/mentoring/schemas.js';
import { between, daysFromNow, isoDay, newId, type MatchingContext } from './context.js';
import {
  COMPANY_OFFER_NOTES,
  COMPANY_REQUEST_NOTES,
  DROPOUT_SITUATIONS,
  OFFER_NOTES,
  PROBLEM_REPORTS,
  REACHABLE,
  REQUEST_NOTES,
  SESSIONS,
} from './pools/mentoring.js';
import type { PositionOwner } from './types.js';
import { days, hours, minutes } from '../../core/time/durations.js';

/**
 * Mentorships between people (volunteers and company staff for applicants and apprentices) and
 * between companies (a large training company for an SME), matched by a coordinator of the
 * cooperation office, with session logs, a few problem reports, confidential drop-out help,
 * alert subscriptions and company digests.
 */
export interface OfferRow {
  id: string;
  audience: MentorshipAudience;
  mentor_user_id: string;
  organisation_id: string | null;
  mentor_kind: 'volunteer' | 'company_staff' | 'company';
  focus: string[];
  cities: City[];
  languages: string[];
  capacity: number;
  note: string;
  status: 'open' | 'closed';
  created_at: Date;
  updated_at: Date;
}

export interface RequestRow {
  id: string;
  audience: MentorshipAudience;
  requester_user_id: string;
  organisation_id: string | null;
  focus: string;
  city: City | null;
  languages: string[];
  note: string;
  status: 'open' | 'matched' | 'withdrawn' | 'ended';
  created_at: Date;
  updated_at: Date;
}

export interface MentorshipRow {
  id: string;
  offer_id: string;
  request_id: string;
  coordinator_user_id: string | null;
  status: 'active' | 'ended';
  started_at: Date;
  ended_at: Date | null;
  end_note: string | null;
}

export interface SessionRow {
  id: string;
  mentorship_id: string;
  held_on: string;
  topic: string;
  note: string;
  author_user_id: string | null;
  created_at: Date;
}

export interface ProblemRow {
  id: string;
  mentorship_id: string;
  reporter_user_id: string | null;
  description: string;
  status: 'open' | 'resolved';
  created_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
}

export interface MentoringRows {
  offers: OfferRow[];
  requests: RequestRow[];
  mentorships: MentorshipRow[];
  sessions: SessionRow[];
  problems: ProblemRow[];
  dropoutRequests: (Insertable<DropoutHelpRequestsTable> & { id: string })[];
  positionAlerts: (Insertable<PositionAlertsTable> & { id: string })[];
  digests: Insertable<ProfileDigestSubscriptionsTable>[];
}

const MENTOR_LANGUAGES: readonly (readonly [string, number])[] = [
  ['en', 30],
  ['tr', 20],
  ['ar', 12],
  ['pl', 8],
  ['ru', 8],
  ['uk', 6],
  ['ku', 4],
  ['fa', 4],
  ['it', 3],
  ['el', 3],
  ['ro', 2],
];

export interface Mentee {
  userId: string;
  city: City;
  languages: string[];
  locale: string;
  interests: string[];
}

export interface BuildMentoringInput {
  volunteers: readonly string[];
  /** Company staff who mentor applicants (user id and company). */
  staffMentors: readonly { userId: string; organisationId: string; city: City }[];
  /** Large training companies that mentor SMEs. */
  mentorCompanies: readonly PositionOwner[];
  /** SMEs that ask for company mentoring. */
  menteeCompanies: readonly PositionOwner[];
  mentees: readonly Mentee[];
  coordinators: readonly string[];
  /** Company members who may subscribe to the digest of new matching profiles. */
  companyAdmins: readonly { userId: string; organisationId: string; locale: string }[];
  personRequests: number;
  dropoutRequests: number;
  alertShare: number;
  /** Requests matched to a given mentor's offer before all others (the fixed demo accounts). */
  pinnedPairs: readonly { requesterUserId: string; mentorUserId: string }[];
}

function pickSome<T>(context: MatchingContext, items: readonly T[], min: number, max: number): T[] {
  return context.random.sample(items, context.random.int(min, max));
}

function mentorLanguages(context: MatchingContext): string[] {
  const languages = new Set(['de']);
  const extra = context.random.int(0, 2);
  while (languages.size < extra + 1) languages.add(context.random.weighted(MENTOR_LANGUAGES));
  return [...languages];
}

export function buildMentoring(context: MatchingContext, input: BuildMentoringInput): MentoringRows {
  const { random, now } = context;
  const rows: MentoringRows = {
    offers: [],
    requests: [],
    mentorships: [],
    sessions: [],
    problems: [],
    dropoutRequests: [],
    positionAlerts: [],
    digests: [],
  };
  const created = (): Date => daysFromNow(context, -300, -20);

  const personOffer = (
    userId: string,
    organisationId: string | null,
    kind: 'volunteer' | 'company_staff',
    city: City | null,
  ): OfferRow => {
    const at = created();
    return {
      id: newId(context),
      audience: 'person',
      mentor_user_id: userId,
      organisation_id: organisationId,
      mentor_kind: kind,
      focus: pickSome<PersonFocus>(context, PERSON_FOCUS, 1, 3),
      cities: city
        ? [
            city,
            ...pickSome(
              context,
              CITIES.filter((other) => other !== city),
              0,
              2,
            ),
          ]
        : pickSome(context, CITIES, 1, 3),
      languages: mentorLanguages(context),
      capacity: random.weighted([
        [1, 35],
        [2, 35],
        [3, 20],
        [5, 10],
      ] as const),
      note: random.pick(OFFER_NOTES),
      status: random.chance(0.9) ? 'open' : 'closed',
      created_at: at,
      updated_at: at,
    };
  };
  for (const volunteer of input.volunteers)
    rows.offers.push(personOffer(volunteer, null, 'volunteer', random.chance(0.7) ? random.pick(CITIES) : null));
  for (const staff of input.staffMentors)
    rows.offers.push(personOffer(staff.userId, staff.organisationId, 'company_staff', staff.city));
  for (const company of input.mentorCompanies) {
    const at = created();
    rows.offers.push({
      id: newId(context),
      audience: 'company',
      mentor_user_id: company.adminId,
      organisation_id: company.id,
      mentor_kind: 'company',
      focus: pickSome<CompanyFocus>(context, COMPANY_FOCUS, 2, 4),
      cities: [
        company.city,
        ...pickSome(
          context,
          CITIES.filter((other) => other !== company.city),
          1,
          3,
        ),
      ],
      languages: ['de'],
      capacity: random.int(2, 4),
      note: random.pick(COMPANY_OFFER_NOTES),
      status: 'open',
      created_at: at,
      updated_at: at,
    });
  }

  for (const mentee of input.mentees.slice(0, input.personRequests)) {
    const at = created();
    rows.requests.push({
      id: newId(context),
      audience: 'person',
      requester_user_id: mentee.userId,
      organisation_id: null,
      focus: random.weighted([
        ['application_coaching', 50],
        ['apprenticeship_support', 35],
        ['crisis_support', 15],
      ] as const),
      city: random.chance(0.85) ? mentee.city : null,
      languages: mentee.languages.filter((code) => code !== 'de').slice(0, 2),
      note: random.pick(REQUEST_NOTES),
      status: 'open',
      created_at: at,
      updated_at: at,
    });
  }
  for (const company of input.menteeCompanies) {
    const at = created();
    rows.requests.push({
      id: newId(context),
      audience: 'company',
      requester_user_id: company.adminId,
      organisation_id: company.id,
      focus: random.pick(COMPANY_FOCUS),
      city: company.city,
      languages: [],
      note: random.pick(COMPANY_REQUEST_NOTES),
      status: 'open',
      created_at: at,
      updated_at: at,
    });
  }

  // The fixed accounts' pairs first (docs/demo-accounts.md): their offers take every focus and city.
  const taken = new Map<string, number>();
  const pinned = new Set<string>();
  for (const pin of input.pinnedPairs) {
    const request = rows.requests.find((candidate) => candidate.requester_user_id === pin.requesterUserId);
    const offer = rows.offers.find(
      (candidate) => candidate.mentor_user_id === pin.mentorUserId && candidate.audience === request?.audience,
    );
    if (!request || !offer) continue;
    offer.status = 'open';
    offer.focus = [...(offer.audience === 'person' ? PERSON_FOCUS : COMPANY_FOCUS)];
    offer.cities = [...CITIES];
    offer.capacity = Math.max(offer.capacity, 3);
    request.created_at = new Date(Math.min(request.created_at.getTime(), now - days(90)));
    offer.created_at = new Date(Math.min(offer.created_at.getTime(), now - days(90)));
    pinned.add(request.id);
    match(request, offer, false);
  }
  // The coordinators match most other requests to an offer with the same focus and a free place.
  for (const request of rows.requests) {
    if (pinned.has(request.id)) continue;
    if (!random.chance(0.7)) {
      if (random.chance(0.1)) request.status = 'withdrawn';
      continue;
    }
    const candidates = rows.offers.filter(
      (offer) =>
        offer.audience === request.audience &&
        offer.status === 'open' &&
        offer.focus.includes(request.focus) &&
        offer.mentor_user_id !== request.requester_user_id &&
        (offer.audience === 'person' || offer.organisation_id !== request.organisation_id) &&
        (taken.get(offer.id) ?? 0) < offer.capacity &&
        (!request.city || offer.cities.includes(request.city)),
    );
    if (candidates.length > 0) match(request, random.pick(candidates), random.chance(0.2));
  }

  function match(request: RequestRow, offer: OfferRow, isEnded: boolean): void {
    const startedAt = new Date(
      Math.max(request.created_at.getTime(), offer.created_at.getTime()) + days(random.int(1, 14)),
    );
    if (startedAt.getTime() > now) return;
    const endedAt = isEnded
      ? between(context, new Date(startedAt.getTime() + days(30)), new Date(now - days(1)))
      : null;
    const isActuallyEnded = endedAt !== null && endedAt.getTime() > startedAt.getTime();
    if (!isActuallyEnded) taken.set(offer.id, (taken.get(offer.id) ?? 0) + 1);
    const mentorship: MentorshipRow = {
      id: newId(context),
      offer_id: offer.id,
      request_id: request.id,
      coordinator_user_id: input.coordinators.length > 0 ? random.pick(input.coordinators) : null,
      status: isActuallyEnded ? 'ended' : 'active',
      started_at: startedAt,
      ended_at: isActuallyEnded ? endedAt : null,
      end_note: isActuallyEnded
        ? random.pick([
            'Ausbildungsplatz gefunden, Ziel erreicht.',
            'Auf Wunsch beider Seiten beendet.',
            'Prüfung bestanden.',
          ])
        : null,
    };
    rows.mentorships.push(mentorship);
    request.status = isActuallyEnded ? 'ended' : 'matched';
    request.updated_at = isActuallyEnded && endedAt ? endedAt : startedAt;

    const until = mentorship.ended_at ?? new Date(now - days(1));
    const sessionCount = random.int(0, 5);
    const heldOn = Array.from({ length: sessionCount }, () => between(context, startedAt, until)).sort(
      (a, b) => a.getTime() - b.getTime(),
    );
    const logs = SESSIONS[offer.audience];
    heldOn.forEach((day, index) => {
      const log = index === 0 ? logs[0] : random.pick(logs.slice(1));
      rows.sessions.push({
        id: newId(context),
        mentorship_id: mentorship.id,
        held_on: isoDay(day),
        topic: log?.topic ?? 'Kennenlernen und Ziele',
        note: log && random.chance(0.7) ? random.pick(log.notes) : '',
        author_user_id: random.chance(0.6) ? offer.mentor_user_id : request.requester_user_id,
        created_at: new Date(Math.min(day.getTime() + hours(random.int(1, 48)), now - minutes(1))),
      });
    });
    if (random.chance(0.08)) {
      const reportedAt = between(context, startedAt, until);
      const isResolved = random.chance(0.5);
      rows.problems.push({
        id: newId(context),
        mentorship_id: mentorship.id,
        reporter_user_id: random.chance(0.5) ? offer.mentor_user_id : request.requester_user_id,
        description: random.pick(PROBLEM_REPORTS),
        status: isResolved ? 'resolved' : 'open',
        created_at: reportedAt,
        resolved_at: isResolved
          ? new Date(Math.min(reportedAt.getTime() + days(random.int(1, 10)), now - minutes(1)))
          : null,
        resolved_by: isResolved && input.coordinators.length > 0 ? random.pick(input.coordinators) : null,
      });
    }
  }

  // Confidential help against drop-outs: open, assigned to a coordinator as mediator, or closed.
  const helpSeekers = input.mentees.slice(input.personRequests, input.personRequests + input.dropoutRequests);
  for (const person of helpSeekers) {
    const at = daysFromNow(context, -120, -1);
    const status = random.weighted([
      ['open', 35],
      ['assigned', 40],
      ['closed', 25],
    ] as const);
    const mediator = input.coordinators.length > 0 && status !== 'open' ? random.pick(input.coordinators) : null;
    const assignedAt = mediator ? new Date(Math.min(at.getTime() + hours(random.int(1, 72)), now - minutes(1))) : null;
    rows.dropoutRequests.push({
      id: newId(context),
      user_id: person.userId,
      situation: random.pick(DROPOUT_SITUATIONS),
      reachable: random.pick(REACHABLE),
      status: mediator ? status : 'open',
      mediator_user_id: mediator,
      assigned_by: mediator,
      assigned_at: assignedAt,
      closed_at:
        status === 'closed' && assignedAt
          ? new Date(Math.min(assignedAt.getTime() + days(random.int(3, 30)), now - minutes(1)))
          : null,
      created_at: at,
    });
  }

  for (const mentee of input.mentees) {
    if (!random.chance(input.alertShare)) continue;
    const at = daysFromNow(context, -200, -1);
    rows.positionAlerts.push({
      id: newId(context),
      user_id: mentee.userId,
      frequency: random.chance(0.4) ? 'daily' : 'weekly',
      occupations: mentee.interests.slice(0, 2),
      cities: [mentee.city],
      kinds: random.chance(0.5) ? ['apprenticeship'] : [],
      locale: mentee.locale,
      created_at: at,
      last_sent_at: new Date(Math.max(at.getTime(), now - days(random.int(1, 6)))),
    });
  }
  for (const admin of input.companyAdmins) {
    if (!random.chance(0.3)) continue;
    const at = daysFromNow(context, -200, -1);
    rows.digests.push({
      user_id: admin.userId,
      organisation_id: admin.organisationId,
      frequency: random.chance(0.3) ? 'daily' : 'weekly',
      locale: admin.locale,
      created_at: at,
      last_sent_at: new Date(Math.max(at.getTime(), now - days(random.int(1, 6)))),
    });
  }
  return rows;
}
