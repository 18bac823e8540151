import type { FieldOfAction } from '../catalogue/index.js';
import type { Audience, Dimension } from './tables.js';

/**
 * Where the catalogue keeps help for a weak dimension: the fields of action (the catalogue's topics) whose
 * offers and knowledge fit it. Companies look for advice to companies, administrations, schools and Kitas
 * for advice to municipal departments and education.
 */
export function fieldsForDimension(dimension: Dimension, audience: Audience): FieldOfAction[] {
  const advice: FieldOfAction =
    audience === 'sme' || audience === 'large_company' ? 'advice_companies' : 'advice_municipalities';
  switch (dimension) {
    case 'strategy':
      return [advice, 'communication'];
    case 'recruiting':
      return ['networking', 'apprenticeship_places', advice];
    case 'training':
      return ['apprenticeship_support', 'apprenticeship_places'];
    case 'development':
      return ['qualification', advice];
    case 'competence':
      return ['qualification'];
    case 'orientation':
      return audience === 'school' || audience === 'kita' ? ['education', 'communication'] : [advice, 'communication'];
    case 'cooperation':
      return ['networking', 'education'];
  }
}
