import type { ComponentChildren } from 'preact';
import { usePage } from '../../../../core/http/page-context.js';
import { dateColumnDay } from '../../../../core/time/calendar-day.js';
import { findOccupation, getRuhrCity } from '../../../../region/index.js';
import { useLabels } from '../../shared/index.js';
import type { Position } from '../../tables.js';
import type { PositionContact } from '../use-cases/find-position-contact.js';

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{label}</dt>
      <dd class="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

export function useDay() {
  const { i18n } = usePage();
  return (date: Date) =>
    i18n.formatDate(new Date(`${dateColumnDay(date)}T12:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
}

/** Where the position is, once: a street address that already names postcode and town is not repeated. */
export function placeOf(position: Pick<Position, 'address' | 'postcode' | 'city'>): string {
  const town = `${position.postcode} ${getRuhrCity(position.city).name}`;
  if (!position.address) return town;
  return position.address.includes(position.postcode) ? position.address : `${position.address}, ${town}`;
}

/**
 * What a position tells an applicant, as one description list: the facts a German training
 * contract states (pay per training year, hours, start) first, then school, requirements and offers.
 * Nothing meant only for the company's form (hints, the contact person) appears here.
 */
export function PositionFactsList({ position }: { position: Position }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const day = useDay();
  const core = (name: string) => t(`matching_core.position_fields.${name}`);
  const f = (name: string) => t(`matching_positions.facts.${name}`);
  const euros = (amount: number) =>
    i18n.formatNumber(amount, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const benefits = position.benefits.filter((benefit) => benefit !== 'part_time');
  return (
    <dl class="kern-description-list vr-position-facts">
      <Fact label={core('kind')}>{t(`matching_core.kinds.${position.kind}`)}</Fact>
      <Fact label={core('occupation')}>{labels.occupation(position.occupation_id)}</Fact>
      <Fact label={core('place')}>
        <span dir="auto">{placeOf(position)}</span>
      </Fact>
      <Fact label={core('starts_on')}>{day(position.starts_on)}</Fact>
      <Fact label={core('deadline')}>{day(position.deadline)}</Fact>
      {position.training_pay.length > 0 ? (
        <Fact label={f('training_pay')}>
          <ul class="kern-list vr-position-pay">
            {position.training_pay.map((amount, index) => (
              <li key={index}>{t('matching_positions.facts.pay_year', { year: index + 1, amount: euros(amount) })}</li>
            ))}
          </ul>
        </Fact>
      ) : null}
      {position.weekly_hours !== null ? (
        <Fact label={f('weekly_hours')}>
          {t('matching_positions.facts.hours_value', { hours: position.weekly_hours })}
        </Fact>
      ) : null}
      <Fact label={f('part_time')}>
        {position.benefits.includes('part_time')
          ? t('matching_positions.facts.part_time_yes')
          : t('matching_positions.facts.part_time_no')}
      </Fact>
      {position.school_name ? (
        <Fact label={f('school')}>
          <span dir="auto">
            {position.school_place ? `${position.school_name}, ${position.school_place}` : position.school_name}
          </span>
        </Fact>
      ) : null}
      <Fact label={core('places')}>{position.places}</Fact>
      <Fact label={core('required_certificate')}>{labels.certificate(position.required_certificate)}</Fact>
      {position.languages.length > 0 ? (
        <Fact label={core('languages')}>
          {i18n.list(position.languages.map((l) => `${labels.language(l.code)} (${labels.level(l.level)})`))}
        </Fact>
      ) : null}
      {benefits.length > 0 || position.offer_text ? (
        <Fact label={f('offers')}>
          {benefits.length > 0 ? <p>{i18n.list(benefits.map((b) => t(`matching_core.benefits.${b}`)))}</p> : null}
          {position.offer_text ? <p dir="auto">{position.offer_text}</p> : null}
        </Fact>
      ) : null}
    </dl>
  );
}

/** The occupation in plain words: what you do, the usual school certificate, how long the training takes. */
export function OccupationExplained({ occupationId, headingId }: { occupationId: string; headingId: string }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const occupation = findOccupation(occupationId);
  if (!occupation) return null;
  return (
    <section class="kern-stack vr-position-occupation" aria-labelledby={headingId}>
      <h2 class="kern-heading-medium" id={headingId}>
        {t('matching_positions.occupation.heading', { name: labels.occupationText(occupation.id) })}
      </h2>
      <dl class="kern-description-list">
        {i18n.locale.code !== 'de' ? (
          <Fact label={t('matching_positions.occupation.official_name')}>
            <span lang="de">{occupation.name}</span>
          </Fact>
        ) : null}
        <Fact label={t('matching_positions.occupation.tasks')}>{t(`matching_occupations.tasks.${occupation.id}`)}</Fact>
        <Fact label={t('matching_positions.occupation.usual_certificate')}>
          {labels.certificate(occupation.usualCertificate)}
        </Fact>
        <Fact label={t('matching_positions.occupation.duration')}>
          {t(`matching_positions.occupation.duration_${occupation.durationMonths}`)}
        </Fact>
      </dl>
      <p class="kern-body kern-body--small">
        {t(
          occupation.regulation === 'bbig_hwo'
            ? 'matching_positions.occupation.note_dual'
            : 'matching_positions.occupation.note_other',
        )}
      </p>
    </section>
  );
}

/** The contact person, for the company's own members and for an applicant the company invited. */
export function ContactBox({ contact, isOwnCompany }: { contact: PositionContact; isOwnCompany: boolean }) {
  const { t } = usePage();
  return (
    <section class="kern-stack vr-position-contact" aria-labelledby="position-contact">
      <h2 class="kern-heading-medium" id="position-contact">
        {t('matching_positions.contact.heading')}
      </h2>
      <p class="kern-body">
        {t(isOwnCompany ? 'matching_positions.contact.note_company' : 'matching_positions.contact.note_invited')}
      </p>
      <dl class="kern-description-list">
        <Fact label={t('matching_positions.contact.name')}>
          <span dir="auto">{contact.name}</span>
        </Fact>
        {contact.role ? (
          <Fact label={t('matching_positions.contact.role')}>
            <span dir="auto">{contact.role}</span>
          </Fact>
        ) : null}
        {contact.phone ? (
          <Fact label={t('matching_positions.contact.phone')}>
            <a class="kern-link" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`} dir="ltr">
              {contact.phone}
            </a>
          </Fact>
        ) : null}
        {contact.email ? (
          <Fact label={t('matching_positions.contact.email')}>
            <a class="kern-link" href={`mailto:${contact.email}`} dir="ltr">
              {contact.email}
            </a>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}
