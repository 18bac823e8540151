import { href, usePage } from '../../../../core/http/page-context.js';
import type { Position } from '../../tables.js';
import type { FieldErrors } from '../../../../core/errors.js';
import { Form, PageHeading, SubmitButton } from '../../../../ui/form.js';
import type { FormValues } from '../../../../ui/choice-fields.js';
import { DataTable } from '../../../../ui/data-table.js';
import { LabelledSection } from '../../../../ui/section.js';
import { getRuhrCity } from '../../../../region/index.js';
import { useLabels } from '../../shared/index.js';
import { dateColumnDay } from '../../../../core/time/calendar-day.js';
import { canOnPosition } from '../policy.js';
import { positionRef } from '../records.js';
import type { PositionWithCompany } from '../use-cases/query-positions.js';
import { PositionForm } from './position-form.js';

/** Escapes a JSON-LD document for a <script> element: no "<" can end it early. */
function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function Fact({ label, children }: { label: string; children: preact.ComponentChildren }) {
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

export function PositionFacts({ position }: { position: Position }) {
  const { t, i18n } = usePage();
  const labels = useLabels();
  const day = useDay();
  const f = (name: string) => t(`matching_core.position_fields.${name}`);
  return (
    <dl class="kern-description-list">
      <Fact label={f('kind')}>{t(`matching_core.kinds.${position.kind}`)}</Fact>
      <Fact label={f('occupation')}>
        <span lang="de">{labels.occupation(position.occupation_id)}</span>
      </Fact>
      <Fact label={f('place')}>
        {[position.address, `${position.postcode} ${getRuhrCity(position.city).name}`].filter(Boolean).join(', ')}
      </Fact>
      <Fact label={f('starts_on')}>{day(position.starts_on)}</Fact>
      <Fact label={f('places')}>{position.places}</Fact>
      <Fact label={f('required_certificate')}>{labels.certificate(position.required_certificate)}</Fact>
      {position.languages.length > 0 ? (
        <Fact label={f('languages')}>
          {i18n.list(position.languages.map((l) => `${labels.language(l.code)} (${labels.level(l.level)})`))}
        </Fact>
      ) : null}
      {position.benefits.length > 0 ? (
        <Fact label={f('benefits')}>{i18n.list(position.benefits.map((b) => t(`matching_core.benefits.${b}`)))}</Fact>
      ) : null}
      <Fact label={f('deadline')}>{day(position.deadline)}</Fact>
    </dl>
  );
}

export function PositionPage({ data, jsonLd }: { data: PositionWithCompany; jsonLd: Record<string, unknown> | null }) {
  const { t, i18n, actor } = usePage();
  const { position } = data;
  const ref = positionRef(position);
  const lang = i18n.locale.code;
  /** Open for applications: published and before its deadline. */
  const isOpen = ref.status === 'published' && !ref.isExpired;
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
      <p class="kern-body">{t('matching_core.position.by', { company: data.organisationName })}</p>
      {position.status !== 'published' ? (
        <p class="kern-body vr-matching-status">{t(`matching_core.statuses.${position.status}`)}</p>
      ) : null}
      <PositionFacts position={position} />
      {position.description ? (
        <div class="kern-body vr-matching-description" dir="auto">
          {position.description}
        </div>
      ) : null}
      {isOpen && (actor.kind === 'anonymous' || actor.organisation === null) ? (
        <p>
          <a class="kern-link" href={href(lang, `/bewerbungen/neu/${position.id}`)} dir="auto">
            {t('matching_applications.apply.title', { position: position.title })}
          </a>
        </p>
      ) : null}
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
