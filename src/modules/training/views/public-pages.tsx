import type { FieldErrors } from '../../../core/errors.js';
import { href, usePage } from '../../../core/http/page-context.js';
import type { FormValues } from '../../../ui/choice-fields.js';
import { ErrorSummary, PageHeading, SubmitButton } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { canWalkPath, isCoordinationOffice } from '../policy.js';
import type { StepView } from '../records.js';
import { DESK_PATH, MAINTENANCE_PATH, OWN_PATH, TRAINING_PATH } from '../start-page.js';
import type { CheckResult } from '../use-cases/check-preconditions.js';
import { ContactList, OccupationCityFields, StepCard, useTrainingLabels } from './parts.js';

/** The precondition check: occupation and city, sent as a GET form so the result page can be bookmarked. */
export function CheckForm({ values = {}, errors }: { values?: FormValues; errors?: FieldErrors }) {
  const { t, i18n } = usePage();
  return (
    <form method="get" action={href(i18n.locale.code, `${TRAINING_PATH}/check`)} class="vr-form kern-stack" noValidate>
      <ErrorSummary errors={errors} />
      <OccupationCityFields names={{ occupation: 'beruf', city: 'stadt' }} values={values} errors={errors} />
      <SubmitButton label={t('training.check.submit')} />
    </form>
  );
}

/** Where a visitor goes next: the own path (company members), sign-in, or registering a company. */
function StartOwnPath() {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  if (canWalkPath(actor))
    return (
      <p class="kern-body">
        <a class="kern-link" href={href(lang, OWN_PATH)}>
          {t('training.landing.to_own_path')}
        </a>
      </p>
    );
  return (
    <p class="kern-body">
      {actor.kind === 'user' ? t('training.landing.needs_company') : t('training.landing.sign_in')}{' '}
      <a class="kern-link" href={href(lang, actor.kind === 'user' ? '/organisation/neu' : '/anmelden')}>
        {actor.kind === 'user' ? t('training.landing.register_company') : t('training.landing.sign_in_link')}
      </a>
    </p>
  );
}

/** The public page: why, the steps in order, the precondition check, and the way to the own path. */
export function LandingPage({
  steps,
  values,
  errors,
}: {
  steps: StepView[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.landing.title')}</PageHeading>
      <p class="kern-body">{t('training.landing.intro')}</p>
      <p class="kern-body">{t('training.landing.why')}</p>
      {isCoordinationOffice(actor) ? (
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={href(lang, DESK_PATH)}>
              {t('training.desk.title')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={href(lang, MAINTENANCE_PATH)}>
              {t('training.maintenance.title')}
            </a>
          </li>
        </ul>
      ) : null}
      <LabelledSection id="check-heading" heading={t('training.check.heading')}>
        <p class="kern-body">{t('training.check.intro')}</p>
        <CheckForm values={values} errors={errors} />
      </LabelledSection>
      <LabelledSection id="own-heading" heading={t('training.landing.own_heading')}>
        <p class="kern-body">{t('training.landing.own_intro')}</p>
        <StartOwnPath />
      </LabelledSection>
      <LabelledSection id="steps-heading" heading={t('training.landing.steps_heading')}>
        <ol class="vr-training-steps">
          {steps.map((step) => (
            <StepCard key={step.id} step={step} />
          ))}
        </ol>
      </LabelledSection>
    </div>
  );
}

/** The check's answer: the chamber, the trainer's qualification, funding that may fit, and the next steps. */
export function CheckResultPage({ result }: { result: CheckResult }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const labels = useTrainingLabels();
  const kind = result.chamberKind;
  return (
    <div class="kern-stack">
      <PageHeading>{t('training.result.title')}</PageHeading>
      <p class="kern-body">
        {t('training.result.for', {
          occupation: labels.occupationText(result.occupationId),
          city: labels.city(result.city),
        })}
      </p>
      <LabelledSection id="chamber-heading" heading={t('training.result.chamber_heading')}>
        {result.chamber ? (
          <>
            <p class="kern-body">
              {t(`training.result.chamber.${result.chamber.kind}`)} <strong lang="de">{result.chamber.name}</strong>
            </p>
            {kind === 'ihk' || kind === 'hwk' ? (
              <p class="kern-body">{t('training.result.chamber_membership')}</p>
            ) : null}
          </>
        ) : (
          <p class="kern-body">{t('training.result.chamber_unknown')}</p>
        )}
        <ContactList
          contacts={result.contacts.chamber}
          headingId="chamber-contacts"
          heading={t('training.contacts.chamber_heading')}
        />
      </LabelledSection>
      <LabelledSection id="aevo-heading" heading={t('training.result.aevo_heading')}>
        <p class="kern-body">
          {result.needsAevo ? t('training.result.aevo_needed') : t('training.result.aevo_practice')}
        </p>
        {result.needsAevo ? <p class="kern-body">{t('training.result.aevo_how')}</p> : null}
        {result.masterIncludesAevo ? <p class="kern-body">{t('training.result.aevo_master')}</p> : null}
      </LabelledSection>
      <LabelledSection id="funding-heading" heading={t('training.result.funding_heading')}>
        <ul class="kern-list">
          <li>{t('training.result.funding_eq')}</li>
          <li>{t('training.result.funding_city')}</li>
        </ul>
        <ContactList
          contacts={result.contacts.city}
          headingId="city-contacts"
          heading={t('training.contacts.city_heading', { city: labels.city(result.city) })}
        />
      </LabelledSection>
      <LabelledSection id="next-heading" heading={t('training.result.next_heading')}>
        <ol class="kern-list">
          {result.steps.map((step) => (
            <li key={step.id}>
              <a
                class="kern-link"
                href={`${href(lang, TRAINING_PATH)}#schritt-${step.slug}`}
                lang={step.textLang !== lang ? step.textLang : undefined}
              >
                {step.title}
              </a>
            </li>
          ))}
        </ol>
        <StartOwnPath />
        <p class="kern-body">
          <a class="kern-link" href={href(lang, TRAINING_PATH)}>
            {t('training.result.back')}
          </a>
        </p>
      </LabelledSection>
    </div>
  );
}
