import type { ComponentChildren } from 'preact';
import { href, usePage } from '../../../../core/http/page-context.js';
import { ButtonForm, Form, PageHeading, SubmitButton, TextArea } from '../../../../ui/form.js';
import { EventRegistrationBox, type EventRegistrationView } from '../../events/index.js';
import { jsonLdScript } from '../../formats/index.js';
import { calendarDay, dayForDisplay } from '../dates.js';
import { renderMarkdown } from '../markdown.js';
import { safeHref } from '../present.js';
import { ENTRY_LIMITS } from '../schemas.js';
import type { EntryPageData } from '../use-cases/get-entry-page.js';
import { HistorySection, StatusBadge } from './manage-pages.js';

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{label}</dt>
      <dd class="kern-description-list-item__value">{children}</dd>
    </div>
  );
}

function ListOrText({ items }: { items: string[] }) {
  if (items.length === 1) return <span dir="auto">{items[0]}</span>;
  return (
    <ul class="kern-list kern-list--bullet">
      {items.map((item, index) => (
        <li key={index} dir="auto">
          {item}
        </li>
      ))}
    </ul>
  );
}

function KindFacts({ data }: { data: EntryPageData }) {
  const { t, i18n } = usePage();
  const { entry, details } = data;
  const f = (name: string) => t(`catalogue_entries.fields.${name}`);
  const day = (value: string) => i18n.formatDate(dayForDisplay(value), { dateStyle: 'long', timeZone: 'UTC' });
  const when = { dateStyle: 'full', timeStyle: 'short' } as const;
  const facts: ComponentChildren[] = [];
  const add = (key: string, label: string, content: ComponentChildren) =>
    facts.push(
      <Fact key={key} label={label}>
        {content}
      </Fact>,
    );
  switch (entry.kind) {
    case 'actor':
      if (details.addresses.length) add('addresses', f('addresses'), <ListOrText items={details.addresses} />);
      if (details.areasOfResponsibility.length)
        add('areas', f('areas_of_responsibility'), <ListOrText items={details.areasOfResponsibility} />);
      break;
    case 'project':
      if (details.projectStatus)
        add('status', f('project_status'), t(`catalogue.project_statuses.${details.projectStatus}`));
      if (details.goals.length) add('goals', f('goals'), <ListOrText items={details.goals} />);
      if (details.partners.length) add('partners', f('partners'), <ListOrText items={details.partners} />);
      if (details.funding) add('funding', f('funding'), <span dir="auto">{details.funding}</span>);
      if (details.periodFrom || details.periodUntil) {
        add(
          'period',
          f('period'),
          i18n.dateRange(
            details.periodFrom ? dayForDisplay(details.periodFrom) : null,
            details.periodUntil ? dayForDisplay(details.periodUntil) : null,
          ),
        );
      }
      if (details.results.length) add('results', f('results'), <ListOrText items={details.results} />);
      if (details.adoptedCities.length)
        add(
          'adopted',
          f('adopted_cities'),
          i18n.list(details.adoptedCities.map((city) => t(`organisations.cities.${city}`))),
        );
      break;
    case 'funding':
      if (details.funder) add('funder', f('funder'), <span dir="auto">{details.funder}</span>);
      if (details.purpose) add('purpose', f('purpose'), <span dir="auto">{details.purpose}</span>);
      if (details.amountMin !== null || details.amountMax !== null) {
        add('amount', f('amount'), i18n.amountRange(details.amountMin, details.amountMax));
      }
      if (details.deadlines.length) add('deadlines', f('deadlines'), <ListOrText items={details.deadlines.map(day)} />);
      if (details.eligibility) add('eligibility', f('eligibility'), <span dir="auto">{details.eligibility}</span>);
      break;
    case 'knowledge':
      if (details.knowledgeType)
        add('type', f('knowledge_type'), t(`catalogue_entries.knowledge_types.${details.knowledgeType}`));
      break;
    case 'event': {
      // One fact for start and end, so a one-day event shows its date once: "Samstag, 14. März 2026, 10:00–16:30 Uhr".
      // Without an end the event is at its start, not "from" it.
      if (entry.starts_at && !entry.ends_at) add('when', f('when'), i18n.formatDate(entry.starts_at, when));
      else if (entry.starts_at || entry.ends_at)
        add('when', f('when'), i18n.dateRange(entry.starts_at, entry.ends_at, when));
      if (details.placeAddress) add('place', f('place_address'), <span dir="auto">{details.placeAddress}</span>);
      const online = safeHref(details.onlineUrl);
      if (online)
        add(
          'online',
          f('online_url'),
          <a class="kern-link" href={online} rel="nofollow noopener">
            {online}
          </a>,
        );
      if (details.capacity !== null) add('capacity', f('capacity'), i18n.formatNumber(details.capacity));
      break;
    }
    case 'offer':
      break;
  }
  if (facts.length === 0) return null;
  return (
    <section class="kern-stack" aria-labelledby="kind-facts-heading">
      <h2 class="kern-heading-medium" id="kind-facts-heading">
        {t(`catalogue_entries.form.section_${entry.kind}`)}
      </h2>
      <dl class="kern-description-list">{facts}</dl>
    </section>
  );
}

function CommonFacts({ data }: { data: EntryPageData }) {
  const { t, i18n } = usePage();
  const { entry } = data;
  const f = (name: string) => t(`catalogue_entries.fields.${name}`);
  const labels = (prefix: string, values: string[]) =>
    i18n.list(values.map((value) => (i18n.has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : value)));
  // A `date` column comes back as local midnight (see dates.ts); as a calendar day at noon UTC it is the same day in Berlin.
  const day = (value: Date | null) => {
    const calendar = calendarDay(value);
    return calendar ? dayForDisplay(calendar) : null;
  };
  return (
    <section class="kern-stack" aria-labelledby="facts-heading">
      <h2 class="kern-heading-medium" id="facts-heading">
        {t('catalogue_entries.page.at_a_glance')}
      </h2>
      <dl class="kern-description-list">
        {entry.fields_of_action.length ? (
          <Fact label={f('fields_of_action')}>{labels('catalogue.fields_of_action', entry.fields_of_action)}</Fact>
        ) : null}
        {entry.target_groups.length ? (
          <Fact label={f('target_groups')}>{labels('catalogue.target_groups', entry.target_groups)}</Fact>
        ) : null}
        {entry.cities.length ? (
          <Fact label={f(entry.kind === 'actor' ? 'cities_actor' : 'cities')}>
            {labels('organisations.cities', entry.cities)}
          </Fact>
        ) : null}
        {entry.languages.length ? (
          <Fact label={f(entry.kind === 'actor' ? 'languages_actor' : 'languages')}>
            {labels('catalogue.languages', entry.languages)}
          </Fact>
        ) : null}
        {entry.cost ? <Fact label={f('cost')}>{t(`catalogue.costs.${entry.cost}`)}</Fact> : null}
        {entry.format ? <Fact label={f('format')}>{t(`catalogue.formats.${entry.format}`)}</Fact> : null}
        {entry.valid_from || entry.valid_until ? (
          <Fact label={f('validity')}>{i18n.dateRange(day(entry.valid_from), day(entry.valid_until))}</Fact>
        ) : null}
        {entry.accessibility_notes ? (
          <Fact label={f('accessibility_notes')}>
            <span dir="auto">{entry.accessibility_notes}</span>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

function Contact({ data }: { data: EntryPageData }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { entry } = data;
  const f = (name: string) => t(`catalogue_entries.fields.${name}`);
  const website = safeHref(entry.website);
  const mail =
    entry.contact_email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(entry.contact_email) ? `mailto:${entry.contact_email}` : null;
  const phone = entry.contact_phone ? entry.contact_phone.replace(/[^+0-9]/g, '') : '';
  return (
    <section class="kern-stack" aria-labelledby="contact-heading">
      <h2 class="kern-heading-medium" id="contact-heading">
        {t('catalogue_entries.form.section_contact')}
      </h2>
      <dl class="kern-description-list">
        <Fact label={f('organisation')}>
          {data.actorProfileId ? (
            <a class="kern-link" href={href(lang, `/eintraege/${data.actorProfileId}`)}>
              {data.organisation.name}
            </a>
          ) : (
            data.organisation.name
          )}
        </Fact>
        {entry.contact_email ? (
          <Fact label={f('contact_email')}>
            {mail ? (
              <a class="kern-link" href={mail}>
                {entry.contact_email}
              </a>
            ) : (
              entry.contact_email
            )}
          </Fact>
        ) : null}
        {entry.contact_phone ? (
          <Fact label={f('contact_phone')}>
            {phone.length >= 5 ? (
              <a class="kern-link" href={`tel:${phone}`}>
                {entry.contact_phone}
              </a>
            ) : (
              entry.contact_phone
            )}
          </Fact>
        ) : null}
        {entry.website ? (
          <Fact label={f('website')}>
            {website ? (
              <a class="kern-link" href={website} rel="nofollow noopener">
                {entry.website}
              </a>
            ) : (
              entry.website
            )}
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

function ReviewSection({ data }: { data: EntryPageData }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const base = `/verwaltung/eintraege/${data.entry.id}`;
  return (
    <section class="kern-stack" aria-labelledby="review-heading">
      <h2 class="kern-heading-medium" id="review-heading">
        {t('catalogue_entries.review.title')}
      </h2>
      <p class="kern-body">{t('catalogue_entries.review.intro')}</p>
      <ButtonForm
        action={href(lang, `${base}/veroeffentlichen`)}
        label={t('catalogue_entries.review.publish')}
        variant="primary"
      />
      <Form action={href(lang, `${base}/zurueckgeben`)} labelledBy="return-heading">
        <h3 class="kern-heading-small" id="return-heading">
          {t('catalogue_entries.review.return_title')}
        </h3>
        <TextArea
          name="note"
          label={t('catalogue_entries.review.note')}
          hint={t('catalogue_entries.review.note_hint')}
          rows={4}
          required
          maxLength={ENTRY_LIMITS.note}
        />
        <SubmitButton label={t('catalogue_entries.review.return')} variant="secondary" />
      </Form>
    </section>
  );
}

export function EntryPage({
  data,
  jsonLd,
  registration = null,
}: {
  data: EntryPageData;
  jsonLd: Record<string, unknown> | null;
  registration?: EventRegistrationView | null;
}) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const { entry, text } = data;
  // German text on a page in another language is marked as German, left to right.
  const textLang = text.locale === lang ? {} : { lang: text.locale, dir: 'ltr' as const };
  const bodyLang = text.bodyLocale === lang ? {} : { lang: text.bodyLocale, dir: 'ltr' as const };
  const bodyHtml = renderMarkdown(text.body);
  return (
    <article class="kern-stack vr-entries-page">
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} /> : null}
      <p class="kern-body">
        {t(`catalogue.kinds.${entry.kind}`)}
        {entry.status === 'published' && !entry.hidden_at ? null : (
          <>
            {' '}
            · <StatusBadge status={entry.status} />
          </>
        )}
      </p>
      <PageHeading>
        <span {...textLang}>{text.title}</span>
      </PageHeading>
      {text.isFallback ? (
        <div class="kern-alert kern-alert--info" role="note">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--info" aria-hidden="true"></span>
            <span class="kern-title">{t('catalogue_entries.page.fallback_note')}</span>
          </div>
        </div>
      ) : null}
      {entry.hidden_at ? (
        <p class="kern-body">
          <strong>{t('catalogue_entries.page.hidden_note')}</strong>
        </p>
      ) : null}
      {data.isExpired ? (
        <p class="kern-body">
          <strong>{t('catalogue_entries.page.expired_note')}</strong>
        </p>
      ) : null}
      <p class="kern-body kern-body--large" {...textLang}>
        {text.summary}
      </p>
      {data.can.edit ? (
        <p class="kern-body">
          <a class="kern-link" href={href(lang, `/eintraege/${entry.id}/bearbeiten`)}>
            {t('catalogue_entries.page.edit_link')}
          </a>
        </p>
      ) : null}
      {bodyHtml ? (
        <section class="kern-stack" aria-labelledby="description-heading">
          <h2 class="kern-heading-medium" id="description-heading">
            {t('catalogue_entries.fields.body')}
          </h2>
          <div class="vr-entries-markdown kern-body" {...bodyLang} dangerouslySetInnerHTML={{ __html: bodyHtml }} />
        </section>
      ) : null}
      <KindFacts data={data} />
      {registration ? <EventRegistrationBox view={registration} /> : null}
      <CommonFacts data={data} />
      <Contact data={data} />
      {entry.kind === 'actor' ? (
        <section class="kern-stack" aria-labelledby="related-heading">
          <h2 class="kern-heading-medium" id="related-heading">
            {t('catalogue_entries.page.offers_and_projects')}
          </h2>
          {data.related.length === 0 ? <p class="kern-body">{t('catalogue_entries.page.no_offers')}</p> : null}
          <ul class="kern-list">
            {data.related.map((item) => (
              <li key={item.id}>
                <a class="kern-link" href={href(lang, `/eintraege/${item.id}`)} lang="de" dir="ltr">
                  {item.title}
                </a>{' '}
                ({t(`catalogue.kinds.${item.kind}`)})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {entry.kind === 'project' ? (
        <section class="kern-stack" aria-labelledby="similar-heading">
          <h2 class="kern-heading-medium" id="similar-heading">
            {t('catalogue_entries.page.similar_projects')}
          </h2>
          {data.similarProjects.length === 0 ? (
            <p class="kern-body">{t('catalogue_entries.page.no_similar_projects')}</p>
          ) : null}
          <ul class="kern-list">
            {data.similarProjects.map((item) => (
              <li key={item.id}>
                <a class="kern-link" href={href(lang, `/eintraege/${item.id}`)} lang="de" dir="ltr">
                  {item.title}
                </a>
                {' – '}
                {item.organisationName} ({i18n.list(item.cities.map((city) => t(`organisations.cities.${city}`)))})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.can.review ? <ReviewSection data={data} /> : null}
      {data.can.archive && !data.can.edit ? (
        <ButtonForm
          action={href(lang, `/eintraege/${entry.id}/archivieren`)}
          label={t('catalogue_entries.edit.archive')}
          variant="tertiary"
        />
      ) : null}
      {data.history ? <HistorySection history={data.history} /> : null}
    </article>
  );
}
