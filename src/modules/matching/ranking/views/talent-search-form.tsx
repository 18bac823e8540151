import { usePage } from '../../../../core/http/page-context.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { TextField } from '../../../../ui/form.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import type { Position } from '../../tables.js';
import { MAX_RADIUS_KM } from '../schemas.js';

/**
 * The radius of the company talent search: "im Umkreis von 20 km um 45127". The postcode defaults
 * to the position's; an unknown one is a field error (decision 016).
 */
export function TalentRadiusFields({
  position,
  values,
  errors,
}: {
  position: Position;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t } = usePage();
  return (
    <>
      <TextField
        name="near"
        label={t('matching_core.candidates.near')}
        hint={t('matching_core.candidates.near_hint', { postcode: position.postcode })}
        value={valueOf(values, 'near')}
        errors={errors}
        maxLength={5}
        inputMode="numeric"
      />
      <TextField
        name="radius"
        label={t('matching_core.candidates.radius')}
        hint={t('matching_core.candidates.radius_hint', { max: MAX_RADIUS_KM })}
        value={valueOf(values, 'radius')}
        errors={errors}
        maxLength={3}
        inputMode="numeric"
      />
    </>
  );
}
