import { usePage } from '../../../../core/http/page-context.js';
import type { InvitationState } from '../invitations.js';

const TONE: Record<InvitationState, string> = {
  open: 'info',
  applied: 'success',
  declined: 'neutral',
  expired: 'neutral',
};

/** Where an invitation stands, as a badge; the reader decides the wording ("Sie" or the company's view). */
export function InvitationBadge({ state, reader }: { state: InvitationState; reader: 'applicant' | 'company' }) {
  const { t } = usePage();
  return (
    <span class={`kern-badge kern-badge--${TONE[state]}`}>
      <span class="kern-label kern-label--small">{t(`matching_talents.state_${reader}.${state}`)}</span>
    </span>
  );
}
