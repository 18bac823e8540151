import { href, usePage } from '../../../../core/http/page-context.js';
import type { Position } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { Form, PageHeading, SubmitButton } from '../../../../ui/form.js';
import type { FormValues } from '../../../../ui/choice-fields.js';
import { DataTable } from '../../../../ui/data-table.js';
import { LabelledSection } from '../../../../ui/section.js';
import { canOnPosition } from '../policy.js';
import { positionRef } from '../records.js';
import type { PositionWithCompany } from '../use-cases/query-positions.js';
import { PositionForm } from './position-form.js';
import { ContactBox, OccupationExplained, PositionFactsList, useDay } from './position-facts.js';
import type { PositionContact } from '../use-cases/find-position-contact.js';

/** Escapes a JSON-LD document for a <script> element: no "<" can end it early. */
function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Calendar days in the reader's language (the search page uses it too). */
export { useDay };

export function PositionPage({
  data,
  jsonLd,
  contact,
}: {
  data: PositionWithCompany;
  jsonLd: Record<string, unknown> | null;
  contact: PositionContact | null;
}) {
  const { t, i18n, actor } = usePage();
  const { position } = data;
  const ref = positionRef(position);
  const lang = i18n.locale.code;
  /** Open for applications: published and before its deadline. */
  const isOpen = ref.status === 'published' && !ref.isExpired;
  const isOwnCompany = actor.kind === 'user' && actor.organisation?.id === position.organisation_id;
  const action = (path: string, label: string) => (
    <Form action={href(lang, `/stellen/${position.id}/${path}`)}>
      <SubmitButton label={label} variant="secondary" />
    </Form>
  );
  return (
    <article class="kern-stack vr-matching-position">
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} /> : null}
      <PageHeading>
        <span dir="auto">{position.title}</span>
      </PageHeading>
      <p class="kern-body">
        {t('matching_positions.page.by')}{' '}
        <a class="kern-link" href={href(lang, `/firmen/${position.organisation_id}`)} dir="auto">
          {data.organisationName}
        </a>
      </p>
      {position.status !== 'published' ? (
        <p class="kern-body vr-matching-status">{t(`matching_core.statuses.${position.status}`)}</p>
      ) : null}
      {isOpen && (actor.kind === 'anonymous' || actor.organisation === null) ? (
        <p class="vr-position-apply">
          <a class="kern-btn kern-btn--primary" href={href(lang, `/bewerbungen/neu/${position.id}`)}>
            <span class="kern-label">{t('matching_positions.page.apply')}</span>
          </a>
        </p>
      ) : null}
      <section class="kern-stack" aria-labelledby="position-facts">
        <h2 class="kern-heading-medium" id="position-facts">
          {t('matching_positions.page.facts_heading')}
        </h2>
        <PositionFactsList position={position} />
      </section>
      {position.description ? (
        <section class="kern-stack" aria-labelledby="position-description">
          <h2 class="kern-heading-medium" id="position-description">
            {t('matching_positions.page.description_heading')}
          </h2>
          <div class="kern-body vr-matching-description" dir="auto">
            {position.description}
          </div>
        </section>
      ) : null}
      <OccupationExplained occupationId={position.occupation_id} headingId="position-occupation" />
      {contact ? <ContactBox contact={contact} isOwnCompany={isOwnCompany} /> : null}
      {canOnPosition(actor, 'edit', ref) ? (
        <LabelledSection id="position-manage" heading={t('matching_core.position.manage')}>
          <p>
            <a class="kern-link" href={href(lang, `/stellen/${position.id}/bearbeiten`)}>
              {t('matching_core.position.edit')}
            </a>
          </p>
          {canOnPosition(actor, 'view_candidates', ref) ? (
            <p>
              <a class="kern-link" href={href(lang, `/stellen/${position.id}/kandidaten`)}>
                {t('matching_core.position.candidates')}
              </a>
            </p>
          ) : null}
          {position.status !== 'draft' ? (
            <p>
              <a class="kern-link" href={href(lang, `/firma/stellen/${position.id}/bewerbungen`)} dir="auto">
                {t('matching_applications.company_list.title', { position: position.title })}
              </a>
            </p>
          ) : null}
          {canOnPosition(actor, 'publish', ref)
            ? action('veroeffentlichen', t('matching_core.position.publish'))
            : null}
          {canOnPosition(actor, 'close', ref) ? action('schliessen', t('matching_core.position.close')) : null}
        </LabelledSection>
      ) : null}
    </article>
  );
}

export function NewPositionPage({ values = {}, errors }: { values?: FormValues; errors?: FieldErrors }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.position.new_title')}</PageHeading>
      <p class="kern-body">{t('matching_core.position.new_intro')}</p>
      <PositionForm
        action={href(i18n.locale.code, '/stellen/neu')}
        values={values}
        errors={errors}
        submitLabel={t('matching_core.position.save_draft')}
      />
    </div>
  );
}

export function EditPositionPage({
  position,
  values,
  errors,
}: {
  position: Position;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.position.edit_title', { title: position.title })}</PageHeading>
      <p>
        <a class="kern-link" href={href(i18n.locale.code, `/stellen/${position.id}`)}>
          {t('matching_core.position.back_to_page')}
        </a>
      </p>
      <PositionForm
        action={href(i18n.locale.code, `/stellen/${position.id}/bearbeiten`)}
        values={values}
        errors={errors}
        submitLabel={t('matching_core.position.save')}
      />
    </div>
  );
}

export function OwnPositionsPage({ positions }: { positions: Position[] }) {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  const day = useDay();
  return (
    <div class="kern-stack">
      <PageHeading>{t('matching_core.own.title')}</PageHeading>
      <p>
        <a class="kern-link" href={href(lang, '/stellen/neu')}>
          {t('matching_core.own.new')}
        </a>
      </p>
      <DataTable
        isCaptionVisible
        caption={t('matching_core.own.caption')}
        rows={positions}
        rowKey={(position) => position.id}
        empty={t('matching_core.own.empty')}
        columns={[
          {
            header: t('matching_core.position_fields.title'),
            isRowHeader: true,
            cell: (position) => (
              <a class="kern-link" href={href(lang, `/stellen/${position.id}`)} dir="auto">
                {position.title}
              </a>
            ),
          },
          { header: t('matching_core.own.status'), cell: (position) => t(`matching_core.statuses.${position.status}`) },
          { header: t('matching_core.position_fields.deadline'), cell: (position) => day(position.deadline) },
        ]}
      />
    </div>
  );
}
