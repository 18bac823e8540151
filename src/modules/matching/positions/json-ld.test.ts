import { describe, expect, it } from 'vitest';
import { createOrganisation } from '../../../seed/factories.js';
import { useTestPlatform } from '../../../../tests/setup/test-platform.js';

const test = useTestPlatform();

/** The JobPosting a search engine reads from a public position page. */
async function jobPosting(positionId: string): Promise<Record<string, unknown>> {
  const page = await test.app.inject({ url: `/de/stellen/${positionId}` });
  expect(page.statusCode).toBe(200);
  const script = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page.body);
  expect(script).not.toBeNull();
  return JSON.parse(script![1]!) as Record<string, unknown>;
}

async function insertPosition(values: {
  organisationId: string;
  publishedAt: Date;
  deadline: string;
  certificate: 'none' | 'hauptschulabschluss' | 'msa' | 'fachhochschulreife' | 'abitur';
  trainingPay: number[];
  address: string | null;
}): Promise<string> {
  const row = await test.db
    .insertInto('positions')
    .values({
      organisation_id: values.organisationId,
      kind: 'apprenticeship',
      occupation_id: 'fachkraft-lagerlogistik',
      title: 'Ausbildung Fachkraft für Lagerlogistik',
      description: 'Drei Jahre im Hafenlager mit fester Ansprechperson.',
      city: 'duisburg',
      postcode: '47119',
      address: values.address,
      starts_on: '2099-08-01',
      places: 2,
      required_certificate: values.certificate,
      training_pay: values.trainingPay,
      deadline: values.deadline,
      status: 'published',
      published_at: values.publishedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('positions: JobPosting JSON-LD for Google for Jobs, read from the public page', () => {
  it('carries German time with the offset of each date, training pay, identifier, company and address', async () => {
    const company = await createOrganisation(test.db, {
      type: 'company',
      name: 'Hafenlogistik Ruhrort GmbH',
      city: 'duisburg',
      website: 'https://hafenlogistik-ruhrort.example/',
      verified_at: new Date(),
    });
    // Published in summer (CEST), deadline in winter (CET).
    const id = await insertPosition({
      organisationId: company.id,
      publishedAt: new Date('2026-07-01T08:00:00Z'),
      deadline: '2099-01-15',
      certificate: 'msa',
      trainingPay: [1068, 1116, 1188],
      address: 'Am Hafenbecken 7',
    });
    const posting = await jobPosting(id);
    expect(posting).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Ausbildung Fachkraft für Lagerlogistik',
      url: `http://localhost:3000/de/stellen/${id}`,
      datePosted: '2026-07-01T10:00:00+02:00',
      validThrough: '2099-01-15T23:59:59+01:00',
      employmentType: 'FULL_TIME',
      directApply: true,
      totalJobOpenings: 2,
      identifier: { '@type': 'PropertyValue', name: 'Hafenlogistik Ruhrort GmbH', value: id },
      educationRequirements: { '@type': 'EducationalOccupationalCredential', credentialCategory: 'high school' },
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 1068, maxValue: 1188, unitText: 'MONTH' },
      },
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Hafenlogistik Ruhrort GmbH',
        url: `http://localhost:3000/de/firmen/${company.id}`,
        sameAs: 'https://hafenlogistik-ruhrort.example/',
      },
    });
    expect(posting.jobLocation).toEqual({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Am Hafenbecken 7',
        postalCode: '47119',
        addressLocality: 'Duisburg',
        addressRegion: 'NW',
        addressCountry: 'DE',
      },
    });
    // The company's profile page the posting names answers.
    expect((await test.app.inject({ url: `/de/firmen/${company.id}` })).statusCode).toBe(200);
  });

  it('dates a winter posting with +01:00 and a summer deadline with +02:00; no certificate, no pay, no street', async () => {
    const company = await createOrganisation(test.db, { type: 'company', website: null, verified_at: new Date() });
    const id = await insertPosition({
      organisationId: company.id,
      publishedAt: new Date('2026-01-12T09:00:00Z'),
      deadline: '2099-07-15',
      certificate: 'none',
      trainingPay: [],
      address: null,
    });
    const posting = await jobPosting(id);
    expect(posting.datePosted).toBe('2026-01-12T10:00:00+01:00');
    expect(posting.validThrough).toBe('2099-07-15T23:59:59+02:00');
    expect(posting.educationRequirements).toBe('no requirements');
    expect(posting).not.toHaveProperty('baseSalary');
    expect(posting.hiringOrganization).not.toHaveProperty('sameAs');
    expect(posting.jobLocation).toEqual({
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        postalCode: '47119',
        addressLocality: 'Duisburg',
        addressRegion: 'NW',
        addressCountry: 'DE',
      },
    });
  });

  it('gives a single training pay as one value', async () => {
    const company = await createOrganisation(test.db, { type: 'company', verified_at: new Date() });
    const id = await insertPosition({
      organisationId: company.id,
      publishedAt: new Date('2026-03-02T07:00:00Z'),
      deadline: '2099-02-01',
      certificate: 'abitur',
      trainingPay: [1250],
      address: 'Ruhrorter Straße 12',
    });
    const posting = await jobPosting(id);
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', value: 1250, unitText: 'MONTH' },
    });
  });
});
