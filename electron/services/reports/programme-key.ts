/**
 * The programme's pseudonymisation key and the central office's age recipient (CRF-1 §1, §6).
 * The key lives in the settings table, inside the encrypted store. A key typed at set-up or
 * generated there is not enough to export: the same person must get the same pid in every
 * centre, so the coordinator reads the keyId to the central office and confirms it here; any
 * change of key withdraws that confirmation.
 */
import { Encrypter } from 'age-encryption';
import { AppError } from '../../domain/app-error';
import { getSetting, requireSetting, setSetting } from '../../../db/repositories/settings';
import { pseudonymKeyId } from '../store/init-store';
import type { StoreRuntime } from '../store/runtime';

export interface ExportSettings {
  keyId: string;
  keyConfirmed: boolean;
  recipient: string | null;
}

/**
 * The 64 hex characters of a key as typed or read from a key file: spaces, dashes and line
 * breaks between groups are ignored, anything else is refused.
 */
export function parseProgrammeKey(text: string): string {
  const compact = text.replace(/[\s-]/g, '');
  if (!/^[0-9a-fA-F]{64}$/.test(compact)) throw new AppError('invalid_input', 'errors.export.key_format');
  return compact.toLowerCase();
}

/** An age X25519 recipient (`age1…`); post-quantum and plugin recipients are not CRF-1's. */
export function parseRecipient(text: string): string {
  const recipient = text.trim();
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) throw new AppError('invalid_input', 'errors.export.recipient');
  try {
    // The library checks the bech32 checksum and that the point decodes.
    new Encrypter().addRecipient(recipient);
  } catch {
    throw new AppError('invalid_input', 'errors.export.recipient');
  }
  return recipient;
}

export function exportSettings(runtime: StoreRuntime): ExportSettings {
  const db = runtime.db();
  const keyId = pseudonymKeyId(Buffer.from(requireSetting(db, 'pseudonym.keyHex'), 'hex'));
  return {
    keyId,
    keyConfirmed: getSetting(db, 'pseudonym.confirmedKeyId') === keyId,
    recipient: getSetting(db, 'crf.recipient') ?? null,
  };
}

/** Replaces the key (typed or from a file); the new keyId still has to be confirmed. */
export function setProgrammeKey(runtime: StoreRuntime, keyText: string): ExportSettings {
  const keyHex = parseProgrammeKey(keyText);
  const db = runtime.db();
  const now = runtime.now();
  runtime.sqlite().transaction(() => {
    setSetting(db, 'pseudonym.keyHex', keyHex, now);
    setSetting(db, 'pseudonym.confirmedKeyId', null, now);
  })();
  runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['programmeKey'] });
  return exportSettings(runtime);
}

/** Records that the central office confirmed this keyId; refused when it is not the key's. */
export function confirmProgrammeKey(runtime: StoreRuntime, keyId: string): ExportSettings {
  const current = exportSettings(runtime);
  if (keyId.trim().toLowerCase() !== current.keyId) throw new AppError('conflict', 'errors.export.key_id_mismatch');
  setSetting(runtime.db(), 'pseudonym.confirmedKeyId', current.keyId, runtime.now());
  runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['programmeKeyConfirmed'] });
  return exportSettings(runtime);
}

/** Sets or clears the central office's recipient. */
export function setCentralRecipient(runtime: StoreRuntime, recipient: string | null): ExportSettings {
  const value = recipient === null || recipient.trim() === '' ? null : parseRecipient(recipient);
  setSetting(runtime.db(), 'crf.recipient', value, runtime.now());
  runtime.audit({ action: 'settings_changed', entity: 'settings', fields: ['centralRecipient'] });
  return exportSettings(runtime);
}

/** The key for pseudonyms, once confirmed; the caller wipes it after use. */
export function confirmedProgrammeKey(runtime: StoreRuntime): { key: Buffer; keyId: string } {
  const settings = exportSettings(runtime);
  if (!settings.keyConfirmed) throw new AppError('conflict', 'errors.export.key_not_confirmed');
  return { key: Buffer.from(requireSetting(runtime.db(), 'pseudonym.keyHex'), 'hex'), keyId: settings.keyId };
}
