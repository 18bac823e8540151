import { describe, expect, it } from 'vitest';
import { parseAddressLine, schemaOrgPostalAddress } from './postal-address.js';

describe('postal addresses: one line read into its parts', () => {
  it('keeps only the street in the street, and a building before it as the place name', () => {
    expect(parseAddressLine('Rathaus Essen, Porscheplatz 1, 45127 Essen')).toEqual({
      street: 'Porscheplatz 1',
      postcode: '45127',
      locality: 'Essen',
      placeName: 'Rathaus Essen',
    });
    expect(parseAddressLine('Kortumstraße 12a\n44787 Bochum')).toMatchObject({
      street: 'Kortumstraße 12a',
      postcode: '44787',
      locality: 'Bochum',
    });
    expect(parseAddressLine('Am Ring 3-5, 46045 Oberhausen').street).toBe('Am Ring 3-5');
  });

  it('has no street when the line names an office without one, and names the city by its postcode', () => {
    expect(parseAddressLine('Beratungsbüro Essen-Rüttenscheid, 45130 Essen')).toEqual({
      street: null,
      postcode: '45130',
      locality: 'Essen',
      placeName: 'Beratungsbüro Essen-Rüttenscheid',
    });
    expect(parseAddressLine('45468')).toEqual({
      street: null,
      postcode: '45468',
      locality: 'Mülheim an der Ruhr',
      placeName: null,
    });
    expect(parseAddressLine('Schloßstraße 28')).toEqual({
      street: 'Schloßstraße 28',
      postcode: null,
      locality: null,
      placeName: null,
    });
  });

  it('writes the state as "NW" only for a postcode of the seven cities', () => {
    expect(schemaOrgPostalAddress({ street: 'Porscheplatz 1', postcode: '45127', locality: 'Essen' })).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Porscheplatz 1',
      postalCode: '45127',
      addressLocality: 'Essen',
      addressRegion: 'NW',
      addressCountry: 'DE',
    });
    expect(schemaOrgPostalAddress({ street: 'Unter den Linden 1', postcode: '10117', locality: 'Berlin' })).toEqual({
      '@type': 'PostalAddress',
      streetAddress: 'Unter den Linden 1',
      postalCode: '10117',
      addressLocality: 'Berlin',
      addressCountry: 'DE',
    });
  });
});
