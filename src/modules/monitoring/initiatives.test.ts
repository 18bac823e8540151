import { describe, expect, it } from 'vitest';
import { TestClient, useTestPlatform } from '../../../tests/setup/test-platform.js';
import { seedReportGoals } from './index.js';
import { monitoringPerson, postRepeated } from './test-helpers.js';

const test = useTestPlatform();

async function initiativeNamed(title: string) {
  return test.db
    .selectFrom('monitoring_initiatives')
    .select(['id', 'status', 'owner_label', 'owner_organisation_id', 'cities'])
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
}

const auditOf = (id: string) =>
  test.db
    .selectFrom('audit_log')
    .select(['action', 'details'])
    .where('subject_type', '=', 'monitoring_initiative')
    .where('subject_id', '=', id)
    .orderBy('at')
    .execute();

const milestonesOf = (id: string) =>
  test.db
    .selectFrom('monitoring_milestones')
    .select(['id', 'title', 'reached_on'])
    .where('initiative_id', '=', id)
    .execute();

const edit = {
  status: 'running',
  owner: 'Kommunales Integrationszentrum Emscherquell',
  cities: ['essen', 'bochum'],
  indicators: ['apprentices_non_german', 'platform_contracts'],
};

describe('monitoring: the coordinator edits initiatives', () => {
  it('changes status, owner, cities and indicators, with the change in the audit trail', async () => {
    await seedReportGoals(test.db);
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const initiative = await initiativeNamed('Ausbildungspatenschaften');
    const path = `/de/monitoring/initiativen/${initiative.id}`;
    const programme = await office.get('/de/monitoring/arbeitsprogramm');
    expect(programme.body).toContain(`href="${path}"`);
    const form = await office.get(path);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Stand, Verantwortung, Städte und Indikatoren');

    const saved = await postRepeated(office, path, edit);
    expect(saved.statusCode).toBe(303);
    const after = await initiativeNamed('Ausbildungspatenschaften');
    expect(after).toMatchObject({
      status: 'running',
      owner_label: 'Kommunales Integrationszentrum Emscherquell',
      owner_organisation_id: null,
      cities: ['essen', 'bochum'],
    });
    const measured = await test.db
      .selectFrom('monitoring_initiative_indicators')
      .select('indicator_key')
      .where('initiative_id', '=', initiative.id)
      .orderBy('indicator_key')
      .execute();
    expect(measured.map((row) => row.indicator_key)).toEqual(['apprentices_non_german', 'platform_contracts']);
    const shown = await new TestClient(test.app).get('/de/monitoring/arbeitsprogramm');
    expect(shown.body).toContain('Kommunales Integrationszentrum Emscherquell');
    expect(shown.body).toContain('läuft');
    const [entry] = await auditOf(initiative.id);
    expect(entry).toMatchObject({
      action: 'monitoring.initiative_edited',
      details: {
        before: { status: initiative.status, cities: initiative.cities },
        after: { status: 'running', owner: edit.owner, cities: ['essen', 'bochum'] },
      },
    });

    // One city ticked posts a string, not a list; no indicator ticked clears them.
    expect((await office.postForm(path, { status: 'planned', owner: '', cities: 'essen' })).statusCode).toBe(303);
    expect(await initiativeNamed('Ausbildungspatenschaften')).toMatchObject({ status: 'planned', cities: ['essen'] });
  });

  it('answers bad input field by field and changes nothing', async () => {
    await seedReportGoals(test.db);
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const initiative = await initiativeNamed('Ausbildungspatenschaften');
    const path = `/de/monitoring/initiativen/${initiative.id}`;
    const bad = await postRepeated(office, path, { ...edit, status: 'forgotten', cities: ['essen', 'bottrop'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Bitte wählen Sie eine der angebotenen Möglichkeiten.');
    expect(bad.body).toContain('href="#field-status"');
    expect(bad.body).toContain('href="#field-cities"');
    const noMilestone = await office.postForm(`${path}/meilensteine`, { title: '', dueOn: '31.12.2027' });
    expect(noMilestone.statusCode).toBe(400);
    expect(noMilestone.body).toContain('href="#field-milestone-title"');
    expect(noMilestone.body).toContain('href="#field-milestone-dueOn"');
    expect(await initiativeNamed('Ausbildungspatenschaften')).toEqual(initiative);
    expect(await milestonesOf(initiative.id)).toEqual([]);
    expect(await auditOf(initiative.id)).toEqual([]);
  });

  it('adds a milestone, marks it reached once, and removes it, each in the audit trail', async () => {
    await seedReportGoals(test.db);
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const initiative = await initiativeNamed('Ausbildungspatenschaften');
    const path = `/de/monitoring/initiativen/${initiative.id}`;
    const added = await office.postForm(`${path}/meilensteine`, {
      title: 'Zwanzig Patenschaften vereinbart',
      dueOn: '2027-06-30',
    });
    expect(added.statusCode).toBe(303);
    const [milestone] = await milestonesOf(initiative.id);
    expect(milestone).toMatchObject({ title: 'Zwanzig Patenschaften vereinbart', reached_on: null });
    const page = await office.get(path);
    expect(page.body).toContain('Als erreicht markieren: Zwanzig Patenschaften vereinbart');

    expect((await office.postForm(`${path}/meilensteine/${milestone!.id}/erreicht`, {})).statusCode).toBe(303);
    expect((await milestonesOf(initiative.id))[0]!.reached_on).not.toBeNull();
    expect((await office.postForm(`${path}/meilensteine/${milestone!.id}/erreicht`, {})).statusCode).toBe(409);
    const programme = await office.get('/de/monitoring/arbeitsprogramm');
    expect(programme.body).toContain('Zwanzig Patenschaften vereinbart');
    expect(programme.body).toContain('erreicht am');

    expect((await office.postForm(`${path}/meilensteine/${milestone!.id}/entfernen`, {})).statusCode).toBe(303);
    expect(await milestonesOf(initiative.id)).toEqual([]);
    expect((await auditOf(initiative.id)).map((entry) => entry.action)).toEqual([
      'monitoring.milestone_added',
      'monitoring.milestone_reached',
      'monitoring.milestone_removed',
    ]);
  });

  it('refuses other organisations, other roles, anonymous visitors and milestones of another initiative', async () => {
    await seedReportGoals(test.db);
    const office = await monitoringPerson(test, { type: 'cooperation_office' });
    const initiative = await initiativeNamed('Ausbildungspatenschaften');
    const other = await test.db
      .selectFrom('monitoring_initiatives')
      .select('id')
      .where('id', '!=', initiative.id)
      .limit(1)
      .executeTakeFirstOrThrow();
    const path = `/de/monitoring/initiativen/${initiative.id}`;
    await office.postForm(`${path}/meilensteine`, { title: 'Auftakt', dueOn: '2027-03-01' });
    const [milestone] = await milestonesOf(initiative.id);

    const company = await monitoringPerson(test, { type: 'company', city: 'essen' });
    const city = await monitoringPerson(test, { type: 'municipality', city: 'essen' });
    const nobody = await monitoringPerson(test);
    const anonymous = new TestClient(test.app);
    for (const client of [company, city, nobody]) {
      expect((await client.get(path)).statusCode).toBe(403);
      expect((await postRepeated(client, path, edit)).statusCode).toBe(403);
      expect((await client.postForm(`${path}/meilensteine`, { title: 'X', dueOn: '2027-01-01' })).statusCode).toBe(403);
      expect((await client.postForm(`${path}/meilensteine/${milestone!.id}/erreicht`, {})).statusCode).toBe(403);
      expect((await client.postForm(`${path}/meilensteine/${milestone!.id}/entfernen`, {})).statusCode).toBe(403);
    }
    expect((await anonymous.get(path)).statusCode).toBe(303);
    expect((await postRepeated(anonymous, path, edit)).statusCode).toBe(401);
    expect(await new TestClient(test.app).get('/de/monitoring/arbeitsprogramm')).toMatchObject({ statusCode: 200 });
    expect((await company.get('/de/monitoring/arbeitsprogramm')).body).not.toContain(`href="${path}"`);
    // A milestone is reached only through its own initiative.
    const foreign = `/de/monitoring/initiativen/${other.id}/meilensteine/${milestone!.id}/erreicht`;
    expect((await office.postForm(foreign, {})).statusCode).toBe(404);

    expect(await initiativeNamed('Ausbildungspatenschaften')).toEqual(initiative);
    expect(await milestonesOf(initiative.id)).toEqual([{ id: milestone!.id, title: 'Auftakt', reached_on: null }]);
    expect((await auditOf(initiative.id)).map((entry) => entry.action)).toEqual(['monitoring.milestone_added']);
  });
});
