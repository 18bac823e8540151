/**
 * The position form as a company fills it in the tests: an apprenticeship as Mechatroniker/-in in Essen
 * (45127), starting and closing far in the future, German at B2 unless a test asks for another language.
 */
export function mechatronicsPositionForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    kind: 'apprenticeship',
    occupation_id: 'mechatroniker',
    title: 'Mechatroniker/-in in Essen',
    description: '',
    postcode: '45127',
    address: '',
    starts_on: '2099-08-01',
    places: '2',
    required_certificate: 'msa',
    language_1_code: 'de',
    language_1_level: 'B2',
    deadline: '2099-06-30',
    ...overrides,
  };
}
