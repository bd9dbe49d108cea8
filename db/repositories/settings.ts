import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../open';
import { prepared } from '../prepared';
import { settings } from '../schema/settings';
import { maxProgrammeMonthsOptions } from '../../electron/domain/casework';
import { letterheadSchema } from '../../electron/domain/letter-templates';

/**
 * Typed centre settings. Each key has a schema and a default, so a missing or malformed
 * value never reaches the app as `unknown`.
 */
export const settingSchemas = {
  'centre.code': z.string().regex(/^[A-Z0-9]{2,8}$/),
  'centre.name': z.string().min(1).max(120),
  'store.id': z.string().uuid(),
  'store.demo': z.boolean(),
  'pseudonym.keyHex': z.string().regex(/^[0-9a-f]{64}$/),
  'security.idleLockMinutes': z.number().int().min(1).max(120),
  'backup.folder': z.string().min(1).nullable(),
  'backup.lastAt': z.string().nullable(),
  /** Maximum time in the programme in months (DOMAIN step 8: 1 / 1.5 / 3 years); drives the MAX_DURATION exit proposal. */
  'casework.maxProgrammeMonths': z.literal(maxProgrammeMonthsOptions),
  /** The letters' letterhead (issue 10), set once by the coordinator; the logo is base64 inside. */
  'documents.letterhead': letterheadSchema,
  /** The keyId (CRF-1 §6) the coordinator confirmed with the central office; exports need it to match the key. */
  'pseudonym.confirmedKeyId': z
    .string()
    .regex(/^[0-9a-f]{8}$/)
    .nullable(),
  /** The central office's age X25519 recipient (CRF-1 §1); bundles are encrypted to it when set. */
  'crf.recipient': z
    .string()
    .regex(/^age1[02-9ac-hj-np-z]{58}$/)
    .nullable(),
} as const;

export type SettingKey = keyof typeof settingSchemas;
export type SettingValue<K extends SettingKey> = z.output<(typeof settingSchemas)[K]>;

const defaults: { [K in SettingKey]?: SettingValue<K> } = {
  'store.demo': false,
  'security.idleLockMinutes': 5,
  'backup.folder': null,
  'backup.lastAt': null,
  'casework.maxProgrammeMonths': 18,
  'pseudonym.confirmedKeyId': null,
  'crf.recipient': null,
};

export function getSetting<K extends SettingKey>(db: Db, key: K): SettingValue<K> | undefined {
  // Read on every API call (the idle lock's minutes), so prepared once.
  const row = prepared(db, 'settings:value', (d) =>
    d
      .select({ value: settings.value })
      .from(settings)
      .where(eq(settings.key, sql.placeholder('key')))
      .prepare(),
  ).get({ key });
  const parsed = row ? settingSchemas[key].safeParse(row.value) : undefined;
  if (parsed?.success) return parsed.data as SettingValue<K>;
  return defaults[key] as SettingValue<K> | undefined;
}

export function requireSetting<K extends SettingKey>(db: Db, key: K): SettingValue<K> {
  const value = getSetting(db, key);
  if (value === undefined) throw new Error(`setting ${key} is missing`);
  return value;
}

export function setSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>, now: Date): void {
  const checked = settingSchemas[key].parse(value);
  // A JSON column maps null to SQL NULL, which the NOT NULL column refuses: a cleared setting
  // (e.g. no backup folder) is the absence of its row, and reads back as its default, null.
  if (checked === null) {
    db.delete(settings).where(eq(settings.key, key)).run();
    return;
  }
  db.insert(settings)
    .values({ key, value: checked, updatedAt: now.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value: checked, updatedAt: now.toISOString() } })
    .run();
}
