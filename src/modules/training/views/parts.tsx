import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../core/errors.js';
import { valueOf, type FormValues } from '../../../ui/choice-fields.js';
import { SelectField } from '../../../ui/form.js';
import { usePage } from '../../../core/http/page-context.js';
import { CITIES, findOccupation } from '../../../region/index.js';
import { CHECKABLE_OCCUPATIONS } from '../chambers.js';
import type { StepView } from '../records.js';
import type { RequestStatus, TrainingContact } from '../tables.js';

const DAY = { dateStyle: 'long' } as const;

/** Names of occupations and cities in the reader's language; German readers get the official occupation name. */
export function useTrainingLabels() {
  const { t, i18n } = usePage();
  const isGerman = i18n.locale.code === 'de';
  const occupationText = (id: string) => {
    const official = findOccupation(id)?.name ?? id;
    return isGerman ? official : `${t(`matching_occupations.names.${id}`)} (${official})`;
  };
  const collator = new Intl.Collator(i18n.locale.intl);
  return {
    occupationText,
    city: (code: string) => t(`organisations.cities.${code}`),
    occupationOptions: () =>
      CHECKABLE_OCCUPATIONS.map((occupation) => ({ value: occupation.id, label: occupationText(occupation.id) })).sort(
        (a, b) => collator.compare(a.label, b.label),
      ),
    cityOptions: () => CITIES.map((code) => ({ value: code, label: t(`organisations.cities.${code}`) })),
  };
}

export function Day({ at }: { at: Date }) {
  const { i18n } = usePage();
  return <time dateTime={at.toISOString()}>{i18n.formatDate(at, DAY)}</time>;
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{label}</dt>
      <dd class="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

/**
 * One step: title, plain-language text, what it needs, who helps and the date of its last review. Texts with no
 * translation are German and marked so (lang="de"); `headingLevel` follows the page's outline.
 */
export function StepCard({
  step,
  headingLevel = 3,
  children,
}: {
  step: StepView;
  headingLevel?: 2 | 3;
  children?: ComponentChildren;
}) {
  const { t, i18n } = usePage();
  const lang = step.textLang !== i18n.locale.code ? step.textLang : undefined;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="kern-card vr-training-step" id={`schritt-${step.slug}`}>
      <div class="kern-card__container kern-stack">
        <div class="kern-stack" lang={lang}>
          <Heading class="kern-heading-small">
            {t('training.step.number', { position: step.position })} {step.title}
          </Heading>
          <p class="kern-body">{step.body}</p>
          <dl class="kern-description-list">
            <Fact label={t('training.step.needs')}>{step.needs}</Fact>
            <Fact label={t('training.step.helpers')}>{step.helpers}</Fact>
          </dl>
        </div>
        {lang ? <p class="kern-body kern-body--small">{t('training.step.german_only')}</p> : null}
        <p class="kern-body kern-body--small">
          {t('training.step.reviewed')} <Day at={step.reviewedAt} />
        </p>
        {children}
      </div>
    </li>
  );
}

/** Contact people as a list of cards: name, office, mail and telephone. */
export function ContactList({
  contacts,
  headingId,
  heading,
}: {
  contacts: TrainingContact[];
  headingId: string;
  heading: string;
}) {
  const { t } = usePage();
  return (
    <section class="kern-stack" aria-labelledby={headingId}>
      <h3 class="kern-heading-small" id={headingId}>
        {heading}
      </h3>
      {contacts.length === 0 ? (
        <p class="kern-body">{t('training.contacts.none')}</p>
      ) : (
        <ul class="kern-list vr-training-contacts">
          {contacts.map((contact) => (
            <li key={contact.id}>
              <strong dir="auto">{contact.name}</strong>
              <br />
              <span lang="de">{contact.unit}</span>
              <br />
              {t('training.contacts.email')}{' '}
              <a class="kern-link" href={`mailto:${contact.email}`} dir="ltr">
                {contact.email}
              </a>
              <br />
              {t('training.contacts.phone')}{' '}
              <a class="kern-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
                {contact.phone}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  const { t } = usePage();
  const tone = status === 'done' ? 'success' : status === 'in_progress' ? 'info' : 'warning';
  return (
    <span class={`kern-badge kern-badge--${tone}`}>
      <span class="kern-label kern-label--small">{t(`training.request_status.${status}`)}</span>
    </span>
  );
}

/** The occupation and city a check or an own path is about; the check names its fields in German URL words. */
export function OccupationCityFields({
  names,
  values,
  errors,
}: {
  names: { occupation: string; city: string };
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { t } = usePage();
  const labels = useTrainingLabels();
  return (
    <>
      <SelectField
        name={names.occupation}
        label={t('training.check.occupation')}
        hint={t('training.check.occupation_hint')}
        options={labels.occupationOptions()}
        emptyLabel={t('training.check.choose')}
        value={valueOf(values, names.occupation)}
        errors={errors}
        required
      />
      <SelectField
        name={names.city}
        label={t('training.check.city')}
        options={labels.cityOptions()}
        emptyLabel={t('training.check.choose')}
        value={valueOf(values, names.city)}
        errors={errors}
        required
      />
    </>
  );
}
