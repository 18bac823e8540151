import type { Kysely } from 'kysely';
import type { Database } from '../../core/db/database.js';
import type { City } from '../../region/index.js';
import { CHAMBERS, ensureTrainingSteps } from '../../modules/training/index.js';
import { PLATFORM_ADMIN_EMAIL } from '../demo-accounts.js';
import { buildOrganisation, buildUser, createSeedContext, getDemoPasswordHash } from '../factories.js';

/**
 * Training-path demo data: the contacts the coordination office maintains (a fictional training adviser for
 * each chamber and a fictional contact point for each city, `.example` addresses, telephone numbers from the
 * range reserved for fiction, +49 30 23125 …), and two fictional firms run by people with a migration history:
 * a Kfz workshop in Dortmund partly through its path (two steps ticked, a reminder out for the third) and an
 * optician's shop in Gelsenkirchen that has asked for a personal adviser. See docs/demo-accounts.md.
 */
export const TRAINING_DEMO_COMPANY = {
  name: 'Kfz-Service Demir',
  city: 'dortmund' as City,
  email: 'werkstatt@kfz-demir.vielfalt-ruhr.example',
  displayName: 'Murat Demir',
};
export const TRAINING_DEMO_OPTICIAN = {
  name: 'Optik Haddad',
  city: 'gelsenkirchen' as City,
  email: 'optik@haddad.vielfalt-ruhr.example',
  displayName: 'Rania Haddad',
};

const ADVISER_NAMES = [
  'Sabine Kowalczyk',
  'Thomas Brenner',
  'Aylin Öztürk',
  'Jan Wieczorek',
  'Miriam Schulte',
  'Oleksandr Bondarenko',
  'Katrin Lohmann',
  'Nikolai Petrow',
  'Fatma Yıldız',
  'Stefan Hüsken',
  'Leyla Mansour',
  'Jörg Terhorst',
];
const CITY_CONTACTS: Record<City, string> = {
  bochum: 'Elif Arslan',
  dortmund: 'Marek Nowak',
  duisburg: 'Samira Khalil',
  essen: 'Dirk Hövelmann',
  gelsenkirchen: 'Irina Schmidt',
  muelheim: 'Yusuf Kaya',
  oberhausen: 'Anna Lewandowski',
};

const phone = (n: number) => `+49 30 23125 ${String(n).padStart(3, '0')}`;
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^a-z]+/g, '.');
const DAY = 24 * 3600 * 1000;

export interface TrainingDataSummary {
  contacts: number;
  paths: number;
  requests: number;
}

export async function generateTrainingData(
  db: Kysely<Database>,
  options: { seed: string; now?: Date },
): Promise<TrainingDataSummary> {
  const now = options.now ?? new Date();
  const context = createSeedContext(`${options.seed}-training`);
  const passwordHash = await getDemoPasswordHash();
  await ensureTrainingSteps(db);
  const admin = await db.selectFrom('users').select('id').where('email', '=', PLATFORM_ADMIN_EMAIL).executeTakeFirst();
  const reviewedBy = admin?.id ?? null;

  const contacts = [
    ...CHAMBERS.map((chamber, index) => ({
      kind: 'chamber_adviser' as const,
      chamber: chamber.code,
      city: null,
      name: ADVISER_NAMES[index % ADVISER_NAMES.length] ?? 'Demo',
      unit: `Ausbildungsberatung, ${chamber.name} (Demo)`,
      email: `${slug(ADVISER_NAMES[index % ADVISER_NAMES.length] ?? 'demo')}@${chamber.code}.demo.example`,
      phone: phone(100 + index),
      reviewed_at: new Date(now.getTime() - (20 + index * 9) * DAY),
      reviewed_by: reviewedBy,
    })),
    ...Object.entries(CITY_CONTACTS).map(([city, name], index) => ({
      kind: 'city_contact' as const,
      chamber: null,
      city: city as City,
      name,
      unit: 'Anlaufstelle Ausbildung im Kommunalen Integrationszentrum (Demo)',
      email: `ausbildung@${city}.vielfalt-ruhr.example`,
      phone: phone(200 + index),
      // One contact point was last reviewed more than a year ago: the office sees it flagged.
      reviewed_at: new Date(now.getTime() - (index === 4 ? 400 : 30 + index * 11) * DAY),
      reviewed_by: reviewedBy,
    })),
  ];
  await db.insertInto('training_contacts').values(contacts).execute();

  const firms = [TRAINING_DEMO_COMPANY, TRAINING_DEMO_OPTICIAN].map((firm) => {
    const organisation = buildOrganisation(context, {
      type: 'company',
      name: firm.name,
      city: firm.city,
      verified_by: reviewedBy,
    });
    const user = buildUser(
      context,
      { organisation, passwordHash },
      { email: firm.email, display_name: firm.displayName, locale: 'de' },
    );
    return { organisation, user };
  });
  await db
    .insertInto('users')
    .values(firms.map((firm) => firm.user))
    .execute();
  await db
    .insertInto('organisations')
    .values(firms.map((firm) => firm.organisation))
    .execute();
  await db
    .insertInto('memberships')
    .values(
      firms.map((firm) => ({ user_id: firm.user.id, organisation_id: firm.organisation.id, role: 'admin' as const })),
    )
    .execute();

  const steps = await db.selectFrom('training_steps').select('id').orderBy('position').execute();
  // The funding step was last read through thirteen months ago: the office sees it flagged for review.
  await db
    .updateTable('training_steps')
    .set({ reviewed_at: new Date(now.getTime() - 400 * DAY), reviewed_by: reviewedBy })
    .where('id', '=', steps[3]?.id ?? '')
    .execute();
  const [workshop, optician] = firms;
  if (!workshop || !optician) throw new Error('training demo: firms missing');
  // The workshop started five weeks ago, ticked two steps, and the third has waited long enough for a reminder.
  await db
    .insertInto('training_paths')
    .values([
      {
        organisation_id: workshop.organisation.id,
        occupation_id: 'kraftfahrzeugmechatroniker',
        city: 'dortmund',
        started_by: workshop.user.id,
        started_at: new Date(now.getTime() - 35 * DAY),
        reminded_step_id: steps[2]?.id ?? null,
        reminded_at: new Date(now.getTime() - 3 * DAY),
      },
      {
        organisation_id: optician.organisation.id,
        occupation_id: 'augenoptiker',
        city: 'gelsenkirchen',
        started_by: optician.user.id,
        started_at: new Date(now.getTime() - 10 * DAY),
      },
    ])
    .execute();
  await db
    .insertInto('training_path_ticks')
    .values(
      steps.slice(0, 2).map((step, index) => ({
        organisation_id: workshop.organisation.id,
        step_id: step.id,
        ticked_by: workshop.user.id,
        ticked_at: new Date(now.getTime() - (28 - index * 10) * DAY),
      })),
    )
    .execute();
  await db
    .insertInto('training_adviser_requests')
    .values({
      organisation_id: optician.organisation.id,
      requested_by: optician.user.id,
      needs:
        'Wir möchten ab dem nächsten Sommer eine Augenoptikerin ausbilden. Ich habe den Meistertitel aus Syrien; wird er für die Ausbildereignung anerkannt?',
      contact_preference: 'visit',
      consent_at: new Date(now.getTime() - 2 * DAY),
      created_at: new Date(now.getTime() - 2 * DAY),
    })
    .execute();
  return { contacts: contacts.length, paths: 2, requests: 1 };
}
