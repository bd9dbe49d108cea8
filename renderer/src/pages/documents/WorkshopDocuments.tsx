import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../../electron/domain/dates';
import { DocumentActions } from './DocumentActions';

/** The document language follows the screen's language. */
function useDocumentLang(): 'he' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'he';
}

/** "Print this week's attendance sheets": every session of this working week, one PDF. */
export function WeekSheetsButton() {
  const { t } = useTranslation();
  const lang = useDocumentLang();
  return (
    <DocumentActions
      target={{ method: 'batches.weekAttendanceSheets', input: { date: todayIso(), lang } }}
      label={t('printing.weekSheets')}
      testId="week-sheets"
    />
  );
}

/** One session's sign-in sheet. */
export function SignInSheetButton({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const lang = useDocumentLang();
  return (
    <DocumentActions
      target={{ method: 'documents.attendanceSheet', input: { sessionId, lang } }}
      label={t('printing.signInSheet')}
      testId="sign-in-sheet"
    />
  );
}

/** A run's attendance summary: participants by sessions. */
export function AttendanceSummaryButton({ instanceId }: { instanceId: number }) {
  const { t } = useTranslation();
  const lang = useDocumentLang();
  return (
    <DocumentActions
      target={{ method: 'documents.attendanceSummary', input: { instanceId, lang } }}
      label={t('printing.summary')}
      testId="attendance-summary"
    />
  );
}

/** The coach's own monthly report, for the month before this one (the one to hand in). */
export function CoachReportButton({ coachId }: { coachId: number }) {
  const { t } = useTranslation();
  const lang = useDocumentLang();
  const today = todayIso();
  const [year, month] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const previous = month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
  return (
    <DocumentActions
      target={{ method: 'documents.coachReport', input: { coachId, month: previous, lang } }}
      label={t('printing.coachReportFor', { month: `${previous.slice(5)}/${previous.slice(0, 4)}` })}
      testId="coach-report"
    />
  );
}
