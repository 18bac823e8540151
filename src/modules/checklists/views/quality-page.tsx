import { href, usePage } from '../../../core/http/page-context.js';
import { PageHeading } from '../../../ui/form.js';
import { LabelledSection } from '../../../ui/section.js';
import { canAssess, canManageQuestionnaires, canOpenReviewDesk } from '../policy.js';
import { DIMENSIONS } from '../tables.js';
import { COURSE_PATH } from '../../courses/index.js';

/** The public page of quality standards: what the checklists are, where to start, how to verify a certificate. */
export function QualityPage() {
  const { t, i18n, actor } = usePage();
  const lang = i18n.locale.code;
  return (
    <div class="kern-stack">
      <PageHeading>{t('checklists.landing.title')}</PageHeading>
      <p class="kern-body">{t('checklists.landing.intro')}</p>
      <LabelledSection id="dimensions-heading" heading={t('checklists.landing.dimensions_heading')}>
        <ul class="kern-list">
          {DIMENSIONS.map((dimension) => (
            <li key={dimension}>{t(`checklists.dimensions.${dimension}`)}</li>
          ))}
        </ul>
      </LabelledSection>
      <LabelledSection id="start-heading" heading={t('checklists.landing.start_heading')}>
        {canAssess(actor) ? (
          <p class="kern-body">
            <a class="kern-link" href={href(lang, '/qualitaet/selbstcheck')}>
              {t('checklists.landing.to_assessments')}
            </a>
          </p>
        ) : (
          <p class="kern-body">
            {actor.kind === 'user' ? t('checklists.landing.needs_organisation') : t('checklists.landing.sign_in')}{' '}
            <a class="kern-link" href={href(lang, actor.kind === 'user' ? '/organisation/neu' : '/anmelden')}>
              {actor.kind === 'user'
                ? t('checklists.landing.register_organisation')
                : t('checklists.landing.sign_in_link')}
            </a>
          </p>
        )}
        {canOpenReviewDesk(actor) ? (
          <p class="kern-body">
            <a class="kern-link" href={href(lang, '/qualitaet/pruefungen')}>
              {t('checklists.nav.review_desk')}
            </a>
          </p>
        ) : null}
        {canManageQuestionnaires(actor) ? (
          <p class="kern-body">
            <a class="kern-link" href={href(lang, '/qualitaet/frageboegen')}>
              {t('checklists_admin.title')}
            </a>
          </p>
        ) : null}
      </LabelledSection>
      <p class="kern-body">
        {t('courses.quality_link.text')}{' '}
        <a class="kern-link" href={href(lang, COURSE_PATH)}>
          {t('courses.quality_link.link')}
        </a>
      </p>
      <LabelledSection id="verify-heading" heading={t('checklists.landing.verify_heading')}>
        <p class="kern-body">{t('checklists.landing.verify_text')}</p>
        <p class="kern-body">
          <a class="kern-link" href={href(lang, '/qualitaet/zertifikat-pruefen')}>
            {t('checklists_certificate.verify.title')}
          </a>
        </p>
      </LabelledSection>
    </div>
  );
}
