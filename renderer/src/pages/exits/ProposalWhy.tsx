import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../../electron/api/contract';
import { formatDisplayDate } from '../../../../electron/domain/dates';

export type ExitProposal = NonNullable<MethodOutput<'exits.get'>['proposal']>;

/** Why the app proposes this exit, in one sentence with the dates a coordinator can check. */
export function ProposalWhy({ proposal }: { proposal: ExitProposal }) {
  const { t } = useTranslation();
  const d = formatDisplayDate;
  switch (proposal.reason) {
    case 'EMPLOYED_6M':
      return <>{t('exits.why.employed', { start: d(proposal.placementStart), since: d(proposal.sixMonthsOn) })}</>;
    case 'MAX_DURATION':
      return (
        <>
          {t('exits.why.maxDuration', {
            enrolled: d(proposal.enrolmentDate),
            months: proposal.months,
            reached: d(proposal.reachedOn),
          })}
        </>
      );
    case 'NON_COOPERATION':
      return proposal.rule === 'consecutive_no_shows' ? (
        <>{t('exits.why.noShows', { count: proposal.noShows, last: d(proposal.lastNoShow) })}</>
      ) : proposal.daysSinceContact === null ? (
        <>{t('exits.why.silentNever', { count: proposal.noShows })}</>
      ) : (
        <>{t('exits.why.silent', { count: proposal.noShows, days: proposal.daysSinceContact })}</>
      );
  }
}
