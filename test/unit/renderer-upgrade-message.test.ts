import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeApiError } from '../../renderer/src/api/notify';
import { resources } from '../../renderer/src/i18n/resources';

// What the sign-in form shows (FormError → describeApiError) when opening the store failed
// because an upgrade was refused or rolled back.
async function shown(language: 'he' | 'en', message: string): Promise<string> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { he: { translation: resources.he }, en: { translation: resources.en } },
  });
  return describeApiError({ code: 'store_unavailable', message }, i18n.t).message;
}

describe('a failed store upgrade on the sign-in screen', () => {
  it('says in Hebrew that the store was left as it was and where the backup is', async () => {
    const text = await shown('he', 'errors.store.upgrade_failed');
    expect(text).toContain('המאגר נשאר כפי שהיה');
    expect(text).toContain('pre-upgrade-backups');
  });

  it('says in English that the store was left as it was and where the backup is', async () => {
    const text = await shown('en', 'errors.store.upgrade_failed');
    expect(text).toContain('The store was left as it was');
    expect(text).toContain('pre-upgrade-backups');
  });

  it('says that nothing changed when the backup before the upgrade failed', async () => {
    expect(await shown('he', 'errors.store.upgrade_backup_failed')).toContain('דבר לא שונה');
    expect(await shown('en', 'errors.store.upgrade_backup_failed')).toContain('nothing was changed');
  });
});
