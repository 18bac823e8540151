import type { ApplicationStatus } from '../../modules/matching/tables.js';
import { fill, newId, type MatchingContext } from './context.js';
import { CONVERSATIONS, HELD_BACK_ADDITIONS, MOTIVATIONS, TIMES, WEEKDAYS } from './pools/messages.js';
import { EXPERIENCE, INTERNSHIPS, TRAINING } from './pools/qualifications.js';
import type { Applicant } from './build-profiles.js';
import type { ApplicationRow, AuditRow, MessageRow, PositionRow, StatusChangeRow } from './types.js';
import { days, hours, minutes } from '../../core/time/durations.js';

/**
 * Applications in every status, each with the history of status changes that led there (actors
 * as the procedure allows: the company reviews, invites and decides; the applicant consents or
 * withdraws), threads of messages, and an audit entry for every consent to a reveal.
 */
export const STATUS_WEIGHTS: readonly (readonly [ApplicationStatus, number])[] = [
  ['submitted', 28],
  ['in_review', 18],
  ['invited', 8],
  ['identity_revealed', 8],
  ['interview', 8],
  ['offer', 4],
  ['contract', 6],
  ['declined', 12],
  ['withdrawn', 8],
];

/** The way through the procedure to each status (declined and withdrawn leave from one of these). */
const PATHS: Readonly<Record<Exclude<ApplicationStatus, 'declined' | 'withdrawn'>, readonly ApplicationStatus[]>> = {
  submitted: ['submitted'],
  in_review: ['submitted', 'in_review'],
  invited: ['submitted', 'in_review', 'invited'],
  identity_revealed: ['submitted', 'in_review', 'invited', 'identity_revealed'],
  interview: ['submitted', 'in_review', 'invited', 'identity_revealed', 'interview'],
  offer: ['submitted', 'in_review', 'invited', 'identity_revealed', 'interview', 'offer'],
  contract: ['submitted', 'in_review', 'invited', 'identity_revealed', 'interview', 'offer', 'contract'],
};

/** The same format as the app's own application pseudonyms (applications/pseudonym.ts). */
const PSEUDONYM_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';

/** The audit actions of the procedure's use-cases (applications/use-cases/answer-invitation.ts, withdraw-application.ts). */
export const REVEAL_AUDIT_ACTION = 'application.identity_revealed';
export const HIDE_AUDIT_ACTION = 'application.identity_hidden';

export interface BuiltApplications {
  applications: ApplicationRow[];
  statusChanges: StatusChangeRow[];
  messages: MessageRow[];
  audit: AuditRow[];
}

export interface ApplicationPin {
  position: PositionRow;
  applicant: Applicant;
  status: ApplicationStatus;
  /** Where a declined or withdrawn application left the procedure. */
  leftFrom?: ApplicationStatus;
}

export class ApplicationBuilder {
  readonly result: BuiltApplications = { applications: [], statusChanges: [], messages: [], audit: [] };
  private readonly pseudonyms = new Set<string>();
  private readonly active = new Set<string>();

  constructor(private readonly context: MatchingContext) {}

  private pseudonym(): string {
    for (;;) {
      let code = '';
      for (let i = 0; i < 6; i++) code += this.context.random.pick([...PSEUDONYM_ALPHABET]);
      const pseudonym = `B-${code}`;
      if (!this.pseudonyms.has(pseudonym)) {
        this.pseudonyms.add(pseudonym);
        return pseudonym;
      }
    }
  }

  /** Whether this applicant already applies to this position (one active application per pair). */
  has(position: PositionRow, applicant: Applicant): boolean {
    return this.active.has(`${position.id}:${applicant.profile.id}`);
  }

  private path(status: ApplicationStatus, leftFrom: ApplicationStatus | undefined): ApplicationStatus[] {
    if (status !== 'declined' && status !== 'withdrawn') return [...PATHS[status]];
    const { random } = this.context;
    const from =
      leftFrom ??
      (status === 'declined'
        ? random.weighted([
            ['submitted', 30],
            ['in_review', 35],
            ['invited', 5],
            ['identity_revealed', 5],
            ['interview', 20],
            ['offer', 5],
          ] as const)
        : random.weighted([
            ['submitted', 35],
            ['in_review', 25],
            ['invited', 10],
            ['identity_revealed', 15],
            ['interview', 10],
            ['offer', 5],
          ] as const));
    return [...PATHS[from as keyof typeof PATHS], status];
  }

  add(pin: ApplicationPin): ApplicationRow {
    const { random, now } = this.context;
    const { position, applicant } = pin;
    const companyUser = position.created_by;
    const publishedAt = position.published_at ?? new Date(now - days(30));
    const closedAt = position.closed_at;
    const deadlineEnd = Math.min(new Date(`${position.deadline}T23:59:59Z`).getTime(), now - minutes(1));
    const steps = this.path(pin.status, pin.leftFrom);
    // Leave room for the later steps: the more steps, the earlier the application came in.
    const latestStart = Math.max(
      publishedAt.getTime() + minutes(1),
      Math.min(deadlineEnd, (closedAt?.getTime() ?? now) - days(steps.length * 2)),
    );
    let at = publishedAt.getTime() + Math.floor(random.next() * Math.max(0, latestStart - publishedAt.getTime()));
    const limit = (closedAt?.getTime() ?? now) - minutes(1);
    const id = newId(this.context);
    const row: ApplicationRow = {
      id,
      position_id: position.id,
      profile_id: applicant.profile.id,
      organisation_id: position.organisation_id,
      position_title: position.title,
      pseudonym: this.pseudonym(),
      status: pin.status,
      qualifications: this.qualifications(applicant),
      locale: String(applicant.user.locale ?? 'de'),
      closed_reason: null,
      created_at: new Date(at),
      updated_at: new Date(at),
      invited_at: null,
      consent_at: null,
      withdrawn_at: null,
      position_closed_at: closedAt,
    };
    let previous: ApplicationStatus | null = null;
    for (const status of steps) {
      if (previous !== null) at = Math.max(at, Math.min(at + hours(random.int(12, 240)), limit));
      const isApplicantStep = status === 'identity_revealed' || status === 'withdrawn' || status === 'submitted';
      this.result.statusChanges.push({
        application_id: id,
        from_status: previous,
        to_status: status,
        actor: isApplicantStep ? 'applicant' : 'company',
        actor_user_id: isApplicantStep ? applicant.user.id : companyUser,
        reason: status === 'withdrawn' && previous === 'invited' ? 'consent_declined' : null,
        at: new Date(at),
      });
      if (status === 'invited') row.invited_at = new Date(at);
      if (status === 'identity_revealed') {
        row.consent_at = new Date(at);
        this.result.audit.push({
          actor_user_id: applicant.user.id,
          action: REVEAL_AUDIT_ACTION,
          subject_type: 'application',
          subject_id: id,
          organisation_id: position.organisation_id,
          at: new Date(at),
          details: {
            pseudonym: row.pseudonym,
            profile_id: applicant.profile.id,
            revealed_to_organisation: position.organisation_id,
          },
        });
      }
      if (status === 'withdrawn') {
        row.withdrawn_at = new Date(at);
        // Withdrawing after the reveal hides name and contact again; declining the invitation ends it unrevealed.
        if (row.consent_at) {
          this.result.audit.push({
            actor_user_id: applicant.user.id,
            action: HIDE_AUDIT_ACTION,
            subject_type: 'application',
            subject_id: id,
            organisation_id: position.organisation_id,
            at: new Date(at),
            details: { pseudonym: row.pseudonym, reason: 'withdrawn' },
          });
        } else if (previous === 'invited') {
          row.closed_reason = 'consent_declined';
        }
      }
      previous = status;
    }
    row.updated_at = new Date(at);
    if (pin.status !== 'withdrawn' && pin.status !== 'declined')
      this.active.add(`${position.id}:${applicant.profile.id}`);
    this.result.applications.push(row);
    this.addMessages(row, position, applicant, steps);
    return row;
  }

  private qualifications(applicant: Applicant): Record<string, unknown> {
    const { random } = this.context;
    const { profile } = applicant;
    return {
      school_certificate: profile.certificate,
      foreign_certificate: profile.foreign_certificate,
      training: random.chance(0.3) ? random.pick(TRAINING) : null,
      internships: random.chance(0.7) ? random.sample(INTERNSHIPS, random.int(1, 2)).join('\n') : null,
      experience: random.chance(0.45) ? random.pick(EXPERIENCE) : null,
      volunteering: profile.potentials.volunteering ?? null,
      languages: profile.languages,
      motivation: random.pick(MOTIVATIONS),
    };
  }

  /**
   * A thread for applications the company has looked at: the start of one conversation, longer
   * the further the procedure came; before the reveal it names nobody.
   */
  private addMessages(
    row: ApplicationRow,
    position: PositionRow,
    applicant: Applicant,
    steps: readonly ApplicationStatus[],
  ): void {
    const { random } = this.context;
    if (steps.length < 2 || !random.chance(0.75)) return;
    const values = {
      position: position.title,
      pseudonym: row.pseudonym,
      weekday: random.pick(WEEKDAYS),
      time: random.pick(TIMES),
    };
    const conversation = random.pick(CONVERSATIONS.filter((candidate) => candidate.kinds.includes(position.kind)));
    const length = steps.length >= 3 ? random.int(2, conversation.turns.length) : random.int(1, 2);
    const lines: { sender: 'company' | 'applicant'; body: string; held_back: boolean }[] = conversation.turns
      .slice(0, length)
      .map((turn, index) => ({
        sender: index % 2 === 0 ? 'company' : 'applicant',
        body: fill(turn, values),
        held_back: false,
      }));
    // Now and then an applicant adds an address to an answer; the platform holds it back, and the thread waits there.
    const answer = conversation.turns[length];
    if (!row.consent_at && length % 2 === 1 && answer && random.chance(0.1))
      lines.push({
        sender: 'applicant',
        body: `${fill(answer, values)} ${fill(random.pick(HELD_BACK_ADDITIONS), { email: applicant.user.email })}`,
        held_back: true,
      });
    const end = row.updated_at.getTime();
    const start = row.created_at.getTime();
    let previous = start;
    lines.forEach((line, index) => {
      const evenly = start + Math.floor(((index + 1) / (lines.length + 1)) * Math.max(minutes(1), end - start));
      // People write in the daytime (07:00–20:59 UTC, i.e. morning to evening in Germany), in order, never after the last change.
      const daytime = Math.floor(evenly / days(1)) * days(1) + hours(random.int(7, 20)) + minutes(random.int(0, 59));
      const at = daytime > previous && daytime < end ? daytime : Math.min(end, Math.max(previous + minutes(1), evenly));
      previous = at;
      this.result.messages.push({
        id: newId(this.context),
        application_id: row.id,
        sender: line.sender,
        sender_user_id: line.sender === 'company' ? position.created_by : applicant.user.id,
        body: line.body,
        held_back: line.held_back,
        created_at: new Date(at),
      });
    });
  }
}
