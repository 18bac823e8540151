import type { UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/policy.js';
import type { MentorshipAudience } from '../../tables.js';
import type { AppServices } from '../../../../core/http/types.js';
import { mentoringPolicy } from '../policy.js';

export interface OpenOfferView {
  id: string;
  audience: MentorshipAudience;
  mentorName: string;
  organisationName: string | null;
  mentorKind: string;
  focus: string[];
  cities: string[];
  languages: string[];
  capacity: number;
  free: number;
  note: string;
}

export interface OpenRequestView {
  id: string;
  audience: MentorshipAudience;
  requesterName: string;
  organisationName: string | null;
  focus: string;
  city: string | null;
  languages: string[];
  note: string;
  createdAt: Date;
  /** Offers with a free place and the asked-for focus, best fit first (city, then shared languages). */
  suitableOffers: OpenOfferView[];
}

export interface ActiveMentorshipView {
  id: string;
  audience: MentorshipAudience;
  mentorName: string;
  menteeName: string;
  focus: string;
  startedAt: Date;
  sessions: number;
  openProblems: number;
}

export interface HelpRequestSummary {
  id: string;
  status: 'open' | 'assigned';
  createdAt: Date;
  mediatorName: string | null;
}

export interface Coordination {
  requests: OpenRequestView[];
  offers: OpenOfferView[];
  mentorships: ActiveMentorshipView[];
  helpRequests: HelpRequestSummary[];
}

function fit(request: { city: string | null; languages: string[] }, offer: OpenOfferView): number {
  const city = request.city && offer.cities.includes(request.city) ? 2 : 0;
  return city + request.languages.filter((language) => offer.languages.includes(language)).length;
}

/** The coordinator's desk: open requests with suitable offers, free offers, running mentorships, help requests. */
export async function listCoordination(options: { services: AppServices; actor: UserActor }): Promise<Coordination> {
  const { db } = options.services;
  authorize(options.actor, mentoringPolicy, 'coordinate', undefined);
  const offerRows = await db
    .selectFrom('mentorship_offers as o')
    .innerJoin('users as u', 'u.id', 'o.mentor_user_id')
    .leftJoin('organisations as org', 'org.id', 'o.organisation_id')
    .select((eb) => [
      'o.id',
      'o.audience',
      'o.mentor_kind',
      'o.mentor_user_id',
      'o.organisation_id',
      'o.focus',
      'o.cities',
      'o.languages',
      'o.capacity',
      'o.note',
      'u.display_name',
      'org.name as org_name',
      eb
        .selectFrom('mentorships as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.offer_id', '=', 'o.id')
        .where('m.status', '=', 'active')
        .as('active'),
    ])
    .where('o.status', '=', 'open')
    .orderBy('o.created_at')
    .execute();
  const offers: OpenOfferView[] = offerRows
    .map((row) => ({
      id: row.id,
      audience: row.audience,
      mentorName: row.display_name,
      organisationName: row.org_name,
      mentorKind: row.mentor_kind,
      focus: row.focus,
      cities: row.cities,
      languages: row.languages,
      capacity: row.capacity,
      free: row.capacity - Number(row.active ?? 0),
      note: row.note,
    }))
    .filter((offer) => offer.free > 0);
  const requestRows = await db
    .selectFrom('mentorship_requests as r')
    .innerJoin('users as u', 'u.id', 'r.requester_user_id')
    .leftJoin('organisations as org', 'org.id', 'r.organisation_id')
    .select([
      'r.id',
      'r.audience',
      'r.focus',
      'r.city',
      'r.languages',
      'r.note',
      'r.created_at',
      'r.requester_user_id',
      'r.organisation_id',
      'u.display_name',
      'org.name as org_name',
    ])
    .where('r.status', '=', 'open')
    .orderBy('r.created_at')
    .execute();
  // Who stands behind each offer: nobody mentors themselves, no company mentors itself.
  const owners = new Map(
    offerRows.map((row) => [row.id, { userId: row.mentor_user_id, organisationId: row.organisation_id }]),
  );
  const requests = requestRows.map((row) => ({
    id: row.id,
    audience: row.audience,
    requesterName: row.display_name,
    organisationName: row.org_name,
    focus: row.focus,
    city: row.city,
    languages: row.languages,
    note: row.note,
    createdAt: row.created_at,
    suitableOffers: offers
      .filter((offer) => {
        const owner = owners.get(offer.id);
        const sameSide =
          owner?.userId === row.requester_user_id ||
          (row.audience === 'company' && owner?.organisationId === row.organisation_id);
        return offer.audience === row.audience && offer.focus.includes(row.focus) && !sameSide;
      })
      .sort((a, b) => fit(row, b) - fit(row, a)),
  }));
  const mentorshipRows = await db
    .selectFrom('mentorships as m')
    .innerJoin('mentorship_offers as o', 'o.id', 'm.offer_id')
    .innerJoin('mentorship_requests as r', 'r.id', 'm.request_id')
    .innerJoin('users as mentor', 'mentor.id', 'o.mentor_user_id')
    .innerJoin('users as mentee', 'mentee.id', 'r.requester_user_id')
    .select((eb) => [
      'm.id',
      'm.started_at',
      'o.audience',
      'r.focus',
      'mentor.display_name as mentor_name',
      'mentee.display_name as mentee_name',
      eb
        .selectFrom('mentorship_sessions as s')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('s.mentorship_id', '=', 'm.id')
        .as('sessions'),
      eb
        .selectFrom('mentorship_problem_reports as p')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('p.mentorship_id', '=', 'm.id')
        .where('p.status', '=', 'open')
        .as('problems'),
    ])
    .where('m.status', '=', 'active')
    .orderBy('m.started_at', 'desc')
    .execute();
  const helpRows = await db
    .selectFrom('dropout_help_requests as d')
    .leftJoin('users as m', 'm.id', 'd.mediator_user_id')
    .select(['d.id', 'd.status', 'd.created_at', 'm.display_name'])
    .where('d.status', 'in', ['open', 'assigned'])
    .orderBy('d.created_at')
    .execute();
  return {
    requests,
    offers,
    mentorships: mentorshipRows.map((row) => ({
      id: row.id,
      audience: row.audience,
      mentorName: row.mentor_name,
      menteeName: row.mentee_name,
      focus: row.focus,
      startedAt: row.started_at,
      sessions: Number(row.sessions ?? 0),
      openProblems: Number(row.problems ?? 0),
    })),
    helpRequests: helpRows.map((row) => ({
      id: row.id,
      status: row.status as 'open' | 'assigned',
      createdAt: row.created_at,
      mediatorName: row.display_name,
    })),
  };
}
