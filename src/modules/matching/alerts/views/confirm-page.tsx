import { href, usePage } from '../../../../core/http/page-context.js';
import { Form, PageHeading, SubmitButton } from '../../../../ui/form.js';

/** The page behind the reminder link: one button, so a mail scanner following the link confirms nothing. */
export function ConfirmProfilePage({ token }: { token: string }) {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack vr-alerts">
      <PageHeading id="confirm-title">{t('matching_alerts.confirm.title')}</PageHeading>
      <p class="kern-body">{t('matching_alerts.confirm.lead')}</p>
      <Form action={href(i18n.locale.code, '/benachrichtigungen/profil-bestaetigen')} labelledBy="confirm-title">
        <input type="hidden" name="token" value={token} />
        <SubmitButton label={t('matching_alerts.confirm.submit')} />
      </Form>
    </div>
  );
}

export function ProfileConfirmedPage() {
  const { t, i18n } = usePage();
  return (
    <div class="kern-stack vr-alerts">
      <PageHeading>{t('matching_alerts.confirm.done_title')}</PageHeading>
      <p class="kern-body">{t('matching_alerts.confirm.done')}</p>
      <p class="kern-body">
        <a class="kern-link" href={href(i18n.locale.code, '/')}>
          {t('matching_alerts.confirm.home')}
        </a>
      </p>
    </div>
  );
}
