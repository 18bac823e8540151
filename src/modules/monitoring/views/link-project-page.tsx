import type { FieldErrors } from '../../../core/errors.js';
import type { FormValues } from '../../../core/http/forms.js';
import { href, usePage } from '../../../core/http/page-context.js';
import { ErrorSummary, Form, PageHeading, SelectField, SubmitButton } from '../../../ui/form.js';

/** The coordination office links a published project of the transparency hub to an initiative. */
export function LinkProjectPage(props: {
  initiative: { id: string; title: string };
  projects: { id: string; title: string }[];
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { i18n, t } = usePage();
  const lang = i18n.locale.code;
  return (
    <section class="kern-stack">
      <PageHeading id="link-heading">{t('monitoring.programme.link_title')}</PageHeading>
      <p class="kern-body">
        <bdi lang="de">{props.initiative.title}</bdi>
      </p>
      <ErrorSummary errors={props.errors} />
      <Form action={href(lang, `/monitoring/initiativen/${props.initiative.id}/projekte`)} labelledBy="link-heading">
        <SelectField
          name="project"
          label={t('monitoring.programme.project')}
          value={props.values?.project}
          errors={props.errors}
          required
          emptyLabel={t('monitoring.import.choose_indicator')}
          options={props.projects.map((project) => ({ value: project.id, label: project.title, lang: 'de' }))}
        />
        <SubmitButton label={t('monitoring.programme.link_submit')} />
      </Form>
      <p class="kern-body">
        <a class="kern-link" href={href(lang, '/monitoring/arbeitsprogramm')}>
          {t('monitoring.programme.title')}
        </a>
      </p>
    </section>
  );
}
