import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UserActor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/errors.js';
import { personalDataSources } from '../../../core/privacy/registry.js';
import { purgeExpiredPersonalData } from '../../../core/privacy/retention.js';
import { createUser, type CreatedUser } from '../../../seed/factories.js';
import { useTestPlatform, waitForMail } from '../../../../tests/setup/test-platform.js';
import { applicationForm, createApplicant, insertPosition } from '../applications/test-helpers.js';
import { signedInClient } from '../../../../tests/setup/sign-in.js';
import { TALENT_INVITATION_RETENTION_DAYS, TALENT_INVITATION_VALID_DAYS } from './invitations.js';
import { talentInvitationsPersonalData } from './personal-data.js';
import { declineTalentInvitation } from './use-cases/decline-talent-invitation.js';
import { inviteTalent } from './use-cases/invite-talent.js';
import { listMyInvitations } from './use-cases/list-my-invitations.js';
import { listPositionTalents } from './use-cases/list-position-talents.js';
import { saveTalent } from './use-cases/save-talent.js';

const test = useTestPlatform();
const DAY = 24 * 3_600_000;

function actorOf(user: CreatedUser): UserActor {
  return {
    kind: 'user',
    userId: user.id,
    sessionId: 'test-session',
    email: user.email,
    displayName: user.display_name,
    locale: user.locale,
    isEmailVerified: true,
    organisation: user.organisation
      ? {
          id: user.organisation.id,
          name: user.organisation.name,
          type: user.organisation.type,
          city: user.organisation.city,
          role: user.membership?.role ?? 'member',
          isVerified: user.organisation.verified_at !== null,
        }
      : null,
    isPlatformAdmin: false,
  };
}

async function setup() {
  const company = await createUser(test.db, { organisationType: 'company', email: 'ausbildung@werkstatt.example' });
  const position = await insertPosition(test.db, {
    organisationId: company.organisation!.id,
    title: 'Ausbildung Mechatroniker:in (Werkstatt)',
  });
  const talent = await createApplicant(test.db, { email: 'talent@mail.example' });
  const talentUser = await test.db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', talent.userId)
    .executeTakeFirstOrThrow();
  return {
    company,
    companyActor: actorOf(company),
    position,
    talent,
    talentActor: actorOf({ ...talentUser, organisation: null, membership: null }),
  };
}

async function expectAppError(promise: Promise<unknown>, code: string, messageKey?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
}

describe('inviting and saving ranked talents', () => {
  it('invites once, tells the applicant by mail, shows both sides where it stands, and lets the applicant decline', async () => {
    const { companyActor, position, talent, talentActor } = await setup();
    const services = test.app.services;
    const now = new Date();
    const { pseudonym } = await inviteTalent({
      services,
      actor: companyActor,
      positionId: position.id,
      profileId: talent.profileId,
      now,
    });
    expect(pseudonym).toBe(talent.pseudonym);
    const mail = await waitForMail(test, talent.email, { containing: '/de/profil/passende-stellen#einladungen' });
    expect(mail.subject).toBe(`Einladung zur Bewerbung: ${position.title}`);
    expect(mail.text_body).toContain(companyActor.organisation!.name);
    await expectAppError(
      inviteTalent({ services, actor: companyActor, positionId: position.id, profileId: talent.profileId }),
      'conflict',
      'matching_talents.errors.already_invited',
    );
    const row = await test.db
      .selectFrom('talent_invitations')
      .selectAll()
      .where('profile_id', '=', talent.profileId)
      .executeTakeFirstOrThrow();
    expect(row.expires_at.getTime() - now.getTime()).toBe(TALENT_INVITATION_VALID_DAYS * DAY);
    expect(row.invited_by).toBe(companyActor.userId);

    const company = await listPositionTalents({ services, actor: companyActor, positionId: position.id });
    expect(company.invited).toEqual([
      {
        profileId: talent.profileId,
        pseudonym: talent.pseudonym,
        invitedAt: row.created_at,
        expiresAt: row.expires_at,
        state: 'open',
      },
    ]);
    const mine = await listMyInvitations({ services, actor: talentActor });
    expect(mine).toMatchObject([
      { positionId: position.id, positionTitle: position.title, state: 'open', canAnswer: true },
    ]);

    await declineTalentInvitation({ services, actor: talentActor, id: mine[0]!.id });
    expect((await listMyInvitations({ services, actor: talentActor }))[0]).toMatchObject({
      state: 'declined',
      canAnswer: false,
    });
    expect(
      (await listPositionTalents({ services, actor: companyActor, positionId: position.id })).invited[0]!.state,
    ).toBe('declined');
    await expectAppError(
      declineTalentInvitation({ services, actor: talentActor, id: mine[0]!.id }),
      'conflict',
      'matching_talents.errors.invitation_declined',
    );
  });

  it('counts an application sent after the invitation as the answer', async () => {
    const { company, companyActor, position, talent, talentActor } = await setup();
    await inviteTalent({
      services: test.app.services,
      actor: companyActor,
      positionId: position.id,
      profileId: talent.profileId,
    });
    const client = await signedInClient(test, talent.email);
    expect((await client.postForm(`/de/bewerbungen/neu/${position.id}`, applicationForm())).statusCode).toBe(303);
    const mine = await listMyInvitations({ services: test.app.services, actor: talentActor });
    expect(mine[0]).toMatchObject({ state: 'applied', canAnswer: false });
    const talents = await listPositionTalents({
      services: test.app.services,
      actor: actorOf(company),
      positionId: position.id,
    });
    expect(talents.invited[0]!.state).toBe('applied');
    await expectAppError(
      declineTalentInvitation({ services: test.app.services, actor: talentActor, id: mine[0]!.id }),
      'conflict',
      'matching_talents.errors.invitation_applied',
    );
  });

  it('refuses to invite someone who already applied, to a position past its deadline, or a hidden profile', async () => {
    const { companyActor, company, talent } = await setup();
    const services = test.app.services;
    const applied = await insertPosition(test.db, { organisationId: company.organisation!.id, title: 'Beworben' });
    const client = await signedInClient(test, talent.email);
    expect((await client.postForm(`/de/bewerbungen/neu/${applied.id}`, applicationForm())).statusCode).toBe(303);
    await expectAppError(
      inviteTalent({ services, actor: companyActor, positionId: applied.id, profileId: talent.profileId }),
      'conflict',
      'matching_talents.errors.already_applied',
    );
    const late = await insertPosition(test.db, {
      organisationId: company.organisation!.id,
      title: 'Frist vorbei',
      deadline: '2020-01-31',
    });
    await expectAppError(
      inviteTalent({ services, actor: companyActor, positionId: late.id, profileId: talent.profileId }),
      'conflict',
      'matching_talents.errors.position_not_open',
    );
    const open = await insertPosition(test.db, { organisationId: company.organisation!.id, title: 'Offen' });
    await test.db
      .updateTable('applicant_profiles')
      .set({ is_active: false })
      .where('id', '=', talent.profileId)
      .execute();
    await expectAppError(
      inviteTalent({ services, actor: companyActor, positionId: open.id, profileId: talent.profileId }),
      'not_found',
    );
    await expectAppError(
      saveTalent({ services, actor: companyActor, positionId: open.id, profileId: talent.profileId, saved: true }),
      'not_found',
    );
    expect(await test.db.selectFrom('talent_invitations').select('id').execute()).toEqual([]);
    expect(await test.db.selectFrom('saved_talents').select('profile_id').execute()).toEqual([]);
  });

  it('expires an unanswered invitation, which can then no longer be declined', async () => {
    const { companyActor, position, talent, talentActor } = await setup();
    const services = test.app.services;
    const longAgo = new Date(Date.now() - (TALENT_INVITATION_VALID_DAYS + 1) * DAY);
    await inviteTalent({
      services,
      actor: companyActor,
      positionId: position.id,
      profileId: talent.profileId,
      now: longAgo,
    });
    const [invitation] = await listMyInvitations({ services, actor: talentActor });
    expect(invitation).toMatchObject({ state: 'expired', canAnswer: false });
    await expectAppError(
      declineTalentInvitation({ services, actor: talentActor, id: invitation!.id }),
      'conflict',
      'matching_talents.errors.invitation_expired',
    );
    expect(
      (await listPositionTalents({ services, actor: companyActor, positionId: position.id })).invited[0]!.state,
    ).toBe('expired');
  });

  it('keeps a shortlist per position: save twice is once, unsave removes, another position has its own', async () => {
    const { companyActor, company, position, talent } = await setup();
    const services = test.app.services;
    const other = await insertPosition(test.db, { organisationId: company.organisation!.id, title: 'Zweite Stelle' });
    const base = { services, actor: companyActor, profileId: talent.profileId };
    await saveTalent({ ...base, positionId: position.id, saved: true });
    await saveTalent({ ...base, positionId: position.id, saved: true });
    const saved = await listPositionTalents({ services, actor: companyActor, positionId: position.id });
    expect(saved.saved.map((s) => s.pseudonym)).toEqual([talent.pseudonym]);
    expect((await listPositionTalents({ services, actor: companyActor, positionId: other.id })).saved).toEqual([]);
    await saveTalent({ ...base, positionId: position.id, saved: false });
    expect((await listPositionTalents({ services, actor: companyActor, positionId: position.id })).saved).toEqual([]);
  });
});

describe('invitations as personal data', () => {
  it('is registered, exported with the account, erased with it, and purged after its retention', async () => {
    expect(personalDataSources().map((source) => source.id)).toContain('talent_invitations');
    const { companyActor, position, talent, company } = await setup();
    const services = test.app.services;
    await inviteTalent({ services, actor: companyActor, positionId: position.id, profileId: talent.profileId });
    await saveTalent({
      services,
      actor: companyActor,
      positionId: position.id,
      profileId: talent.profileId,
      saved: true,
    });
    const exported = (await talentInvitationsPersonalData.export(test.db, talent.userId)) as {
      invitations: { position: string; organisation: string; status: string }[];
      saved_by_companies: { position: string; organisation: string }[];
    };
    expect(exported.invitations).toMatchObject([
      { position: position.title, organisation: company.organisation!.name, status: 'open' },
    ]);
    expect(exported.saved_by_companies).toMatchObject([
      { position: position.title, organisation: company.organisation!.name },
    ]);
    // Another person's export holds none of it.
    const other = await createApplicant(test.db, { email: 'jemand-anders@mail.example' });
    expect(await talentInvitationsPersonalData.export(test.db, other.userId)).toEqual({
      invitations: [],
      saved_by_companies: [],
    });

    await test.db.transaction().execute((trx) => talentInvitationsPersonalData.erase(trx, talent.userId));
    expect(await test.db.selectFrom('talent_invitations').select('id').execute()).toEqual([]);
    expect(await test.db.selectFrom('saved_talents').select('profile_id').execute()).toEqual([]);

    // Retention: an invitation goes once it expired (or was answered) longer ago than the retention.
    const second = await insertPosition(test.db, { organisationId: company.organisation!.id, title: 'Noch eine' });
    const expiredLongAgo = new Date(
      Date.now() - (TALENT_INVITATION_VALID_DAYS + TALENT_INVITATION_RETENTION_DAYS + 1) * DAY,
    );
    await inviteTalent({
      services,
      actor: companyActor,
      positionId: second.id,
      profileId: talent.profileId,
      now: expiredLongAgo,
    });
    await inviteTalent({ services, actor: companyActor, positionId: position.id, profileId: talent.profileId });
    await purgeExpiredPersonalData(test.db, new Date());
    const left = await test.db.selectFrom('talent_invitations').select('position_id').execute();
    expect(left.map((row) => row.position_id)).toEqual([position.id]);
  });
});

describe('match reasons in the reader voice', () => {
  it('has an applicant sentence for every company sentence, in every language', () => {
    for (const lang of ['de', 'en', 'tr', 'ar', 'pl', 'ru', 'uk']) {
      const read = (ns: string) =>
        JSON.parse(readFileSync(new URL(`../messages/${lang}/${ns}.json`, import.meta.url), 'utf8')) as Record<
          string,
          Record<string, string>
        >;
      const company = read('matching_core').why!;
      const applicant = read('matching_talents').why_you!;
      expect(Object.keys(applicant).sort(), lang).toEqual(Object.keys(company).sort());
      for (const key of Object.keys(company)) expect(applicant[key], `${lang} ${key}`).not.toBe(company[key]);
    }
  });
});
