import { href, usePage } from '../../../core/http/page-context.js';
import { LEGAL_TEXTS_UPDATED_ON } from '../office.js';
import { DemoNotice, OfficeAddress, OfficeContact, UpdatedOn } from './legal-parts.js';

/** Provider identification as § 5 DDG and § 18 MStV require. */
export function ImprintPage() {
  const { t, i18n } = usePage();
  const lang = i18n.locale.code;
  return (
    <article class="kern-stack vr-legal" aria-labelledby="imprint-heading">
      <h1 class="kern-heading-large" id="imprint-heading">
        {t('legal.imprint.title')}
      </h1>
      <DemoNotice />
      <section class="kern-stack" aria-labelledby="imprint-provider">
        <h2 class="kern-heading-medium" id="imprint-provider">
          {t('legal.imprint.provider.heading')}
        </h2>
        <p class="kern-body">{t('legal.imprint.provider.intro')}</p>
        <OfficeAddress />
        <p class="kern-body">{t('legal.imprint.provider.mandate')}</p>
        <p class="kern-body">{t('legal.imprint.provider.represented_by')}</p>
      </section>
      <section class="kern-stack" aria-labelledby="imprint-contact">
        <h2 class="kern-heading-medium" id="imprint-contact">
          {t('legal.imprint.contact.heading')}
        </h2>
        <OfficeContact />
      </section>
      <section class="kern-stack" aria-labelledby="imprint-responsible">
        <h2 class="kern-heading-medium" id="imprint-responsible">
          {t('legal.imprint.responsible.heading')}
        </h2>
        <p class="kern-body">
          {t('legal.imprint.responsible.person')}
          <br />
          {t('legal.imprint.responsible.address_note')}
        </p>
      </section>
      <section class="kern-stack" aria-labelledby="imprint-user-content">
        <h2 class="kern-heading-medium" id="imprint-user-content">
          {t('legal.imprint.user_content.heading')}
        </h2>
        <p class="kern-body">{t('legal.imprint.user_content.text')}</p>
      </section>
      <section class="kern-stack" aria-labelledby="imprint-dispute">
        <h2 class="kern-heading-medium" id="imprint-dispute">
          {t('legal.imprint.dispute.heading')}
        </h2>
        <p class="kern-body">{t('legal.imprint.dispute.text')}</p>
      </section>
      <section class="kern-stack" aria-labelledby="imprint-more">
        <h2 class="kern-heading-medium" id="imprint-more">
          {t('legal.imprint.more.heading')}
        </h2>
        <ul class="kern-list">
          <li>
            <a class="kern-link" href={href(lang, '/datenschutz')}>
              {t('legal.imprint.more.privacy')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={href(lang, '/barrierefreiheit')}>
              {t('legal.imprint.more.accessibility')}
            </a>
          </li>
        </ul>
      </section>
      <UpdatedOn date={LEGAL_TEXTS_UPDATED_ON} />
    </article>
  );
}
