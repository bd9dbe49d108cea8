import { useTranslation } from 'react-i18next';
import { DocumentActions } from './DocumentActions';

/** The letter's language follows the screen's language, as the other documents do. */
function useLetterLang(): 'he' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'he';
}

/** A booked meeting's reminder letter, through the coordinator's meeting-reminder template. */
export function MeetingReminderButton({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const lang = useLetterLang();
  return (
    <DocumentActions
      target={{ method: 'letters.meetingReminder', input: { meetingId, lang } }}
      label={t('printing.meetingReminder')}
      printOnly
      testId={`meeting-reminder-${meetingId}`}
    />
  );
}

/** One invited person's letter for the exposure conference, through the invitation template. */
export function ConferenceInvitationButton({ inviteId }: { inviteId: number }) {
  const { t } = useTranslation();
  const lang = useLetterLang();
  return (
    <DocumentActions
      target={{ method: 'letters.conferenceInvitation', input: { inviteId, lang } }}
      label={t('printing.conferenceInvitation')}
      printOnly
      testId={`conference-invitation-${inviteId}`}
    />
  );
}
