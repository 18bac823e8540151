import { href, usePage } from '../../../../core/http/page-context.js';
import type { Position } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { ErrorSummary, Form, SelectField, SubmitButton, TextField } from '../../../../ui/form.js';
import { valueOf, type FormValues } from '../../../../ui/choice-fields.js';
import { LanguageRows, useLabels } from '../../shared/index.js';
import { MAX_RADIUS_KM, SEARCH_LANGUAGE_ROWS } from '../schemas.js';

/** The company's talent search on a position's candidate page (a GET form: the results are a page one can link to). */
export function TalentSearchForm({
  position,
  values,
  errors,
}: {
  position: Position;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const lang = i18n.locale.code;
  const any = t('matching_core.search.any');
  return (
    <Form action={href(lang, `/stellen/${position.id}/kandidaten`)} method="get">
      <ErrorSummary errors={errors} />
      <LanguageRows
        rows={SEARCH_LANGUAGE_ROWS}
        values={values}
        errors={errors}
        legend={t('matching_core.candidates.languages')}
        hint={t('matching_core.candidates.languages_hint')}
      />
      <SelectField
        name="certificate"
        label={t('matching_core.candidates.certificate')}
        value={valueOf(values, 'certificate')}
        errors={errors}
        emptyLabel={any}
        options={labels.certificateOptions()}
      />
      <SelectField
        name="occupation"
        label={t('matching_core.candidates.occupation')}
        value={valueOf(values, 'occupation')}
        errors={errors}
        emptyLabel={t('matching_core.candidates.occupation_of_position')}
        options={labels.occupationOptions()}
      />
      <TalentRadiusFields position={position} values={values} errors={errors} />
      <SubmitButton label={t('matching_core.candidates.submit')} />
    </Form>
  );
}

/**
 * The radius of the company talent search: "im Umkreis von 20 km um 45127". The postcode defaults
 * to the position's; an unknown one is a field error (decision 016).
 */
function TalentRadiusFields({
  position,
  values,
  errors,
}: {
  position: Position;
  values: FormValues;
  errors?: FieldErrors | undefined;
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
