import { href, usePage } from '../../../core/http/page-context.js';
import { getTranslator } from '../../../core/i18n/translator.js';
import { CITIES } from '../../../region/index.js';
import { OFFICE_CONTACT } from '../office.js';
import { ContactLink } from './legal-parts.js';

/** Leichte Sprache exists only in German, whatever the interface language is. */
const de = getTranslator('de');
const t = de.t;

/** One statement per sentence, one sentence per line, as the rules for Leichte Sprache ask. */
function Sentences({ keys }: { keys: readonly string[] }) {
  return (
    <>
      {keys.map((key) => (
        <p key={key} class="kern-body vr-easy__sentence">
          {t(key)}
        </p>
      ))}
    </>
  );
}

/** A hard word and what it means, set apart from the running text. */
function WordBox({ word, meaning }: { word: string; meaning: string }) {
  return (
    <dl class="vr-word-box">
      <dt class="kern-body kern-body--bold">{t(word)}</dt>
      <dd class="kern-body">
        <span class="vr-word-box__label">{t('easy.words_heading')} </span>
        {t(meaning)}
      </dd>
    </dl>
  );
}

function CityList() {
  const city = (key: (typeof CITIES)[number]) => t(`easy.cities.${key}`);
  return (
    <ul class="kern-list kern-list--bullet">
      {CITIES.map((key) => (
        <li key={key}>{city(key)}</li>
      ))}
    </ul>
  );
}

export function EasyLanguagePage() {
  const { t: tLocal, i18n } = usePage();
  const isGerman = i18n.locale.code === 'de';
  return (
    <div class="kern-stack">
      {isGerman ? null : <p class="kern-body vr-easy__only-german">{tLocal('legal.easy_only_german')}</p>}
      <article class="kern-stack vr-easy" lang="de" dir="ltr" aria-labelledby="easy-heading">
        <h1 class="kern-heading-large" id="easy-heading">
          {t('easy.title')}
        </h1>

        <section class="kern-stack" aria-labelledby="easy-what">
          <h2 class="kern-heading-medium" id="easy-what">
            {t('easy.what.heading')}
          </h2>
          <Sentences keys={['easy.what.s1', 'easy.what.s2', 'easy.what.s3']} />
          <CityList />
          <Sentences keys={['easy.what.s4', 'easy.what.s5', 'easy.what.s6', 'easy.what.s7', 'easy.what.s8']} />
        </section>

        <section class="kern-stack" aria-labelledby="easy-who">
          <h2 class="kern-heading-medium" id="easy-who">
            {t('easy.who.heading')}
          </h2>
          <Sentences keys={['easy.who.s1']} />
          <ul class="kern-list kern-list--bullet">
            <li>{t('easy.who.young')}</li>
            <li>{t('easy.who.companies')}</li>
            <li>{t('easy.who.cities')}</li>
            <li>{t('easy.who.providers')}</li>
          </ul>
          <WordBox word="easy.who.word" meaning="easy.who.word_text" />
        </section>

        <section class="kern-stack" aria-labelledby="easy-do">
          <h2 class="kern-heading-medium" id="easy-do">
            {t('easy.do.heading')}
          </h2>
          <h3 class="kern-heading-small">{t('easy.do.offers_heading')}</h3>
          <Sentences keys={['easy.do.offers_s1', 'easy.do.offers_s2']} />
          <h3 class="kern-heading-small">{t('easy.do.apprenticeship_heading')}</h3>
          <Sentences
            keys={[
              'easy.do.apprenticeship_s1',
              'easy.do.apprenticeship_s2',
              'easy.do.apprenticeship_s3',
              'easy.do.apprenticeship_s4',
              'easy.do.apprenticeship_s5',
              'easy.do.apprenticeship_s6',
            ]}
          />
          <WordBox word="easy.do.word_apprenticeship" meaning="easy.do.word_apprenticeship_text" />
          <WordBox word="easy.do.word_internship" meaning="easy.do.word_internship_text" />
          <h3 class="kern-heading-small">{t('easy.do.participate_heading')}</h3>
          <Sentences
            keys={[
              'easy.do.participate_s1',
              'easy.do.participate_s2',
              'easy.do.participate_s3',
              'easy.do.participate_s4',
              'easy.do.participate_s5',
            ]}
          />
        </section>

        <section class="kern-stack" aria-labelledby="easy-free">
          <h2 class="kern-heading-medium" id="easy-free">
            {t('easy.free.heading')}
          </h2>
          <Sentences keys={['easy.free.s1', 'easy.free.s2']} />
        </section>

        <section class="kern-stack" aria-labelledby="easy-register">
          <h2 class="kern-heading-medium" id="easy-register">
            {t('easy.register.heading')}
          </h2>
          <Sentences keys={['easy.register.s1', 'easy.register.s2']} />
          <WordBox word="easy.register.word" meaning="easy.register.word_text" />
          <ol class="kern-list kern-list--number">
            <li>
              {t('easy.register.step1')}
              <br />
              <a class="kern-link" href={href('de', '/registrieren')}>
                {t('easy.register.step1_link')}
              </a>
            </li>
            <li>{t('easy.register.step2')}</li>
            <li>{t('easy.register.step3')}</li>
            <li>{t('easy.register.step4')}</li>
            <li>{t('easy.register.step5')}</li>
          </ol>
          <WordBox word="easy.register.word_password" meaning="easy.register.word_password_text" />
        </section>

        <section class="kern-stack" aria-labelledby="easy-help">
          <h2 class="kern-heading-medium" id="easy-help">
            {t('easy.help.heading')}
          </h2>
          <Sentences keys={['easy.help.s1', 'easy.help.s2', 'easy.help.s3', 'easy.help.s4']} />
          <p class="kern-body vr-easy__sentence">
            {t('easy.help.email')}{' '}
            <ContactLink href={`mailto:${OFFICE_CONTACT.email}`}>{OFFICE_CONTACT.email}</ContactLink>
          </p>
          <p class="kern-body vr-easy__sentence">
            {t('easy.help.phone')} <ContactLink href={OFFICE_CONTACT.phoneUri}>{OFFICE_CONTACT.phone}</ContactLink>
          </p>
          <Sentences keys={['easy.help.s5', 'easy.help.s6', 'easy.help.s7']} />
          <p class="kern-body vr-easy__sentence">
            <a class="kern-link" href={`${href('de', '/barrierefreiheit')}#feedback`}>
              {t('easy.help.feedback_link')}
            </a>
          </p>
        </section>

        <section class="kern-stack" aria-labelledby="easy-data">
          <h2 class="kern-heading-medium" id="easy-data">
            {t('easy.data.heading')}
          </h2>
          <WordBox word="easy.data.word" meaning="easy.data.word_text" />
          <Sentences
            keys={[
              'easy.data.s1',
              'easy.data.s2',
              'easy.data.s3',
              'easy.data.s4',
              'easy.data.s5',
              'easy.data.s6',
              'easy.data.s7',
            ]}
          />
          <p class="kern-body vr-easy__sentence">
            <a class="kern-link" href={href('de', '/konto')}>
              {t('easy.data.account_link')}
            </a>
          </p>
          <Sentences keys={['easy.data.s8', 'easy.data.s9']} />
          <p class="kern-body vr-easy__sentence">
            <a class="kern-link" href={href('de', '/datenschutz')}>
              {t('easy.data.privacy_link')}
            </a>
          </p>
        </section>
      </article>
    </div>
  );
}
