import type { MaxProgrammeMonths } from '../../domain/casework';
import { getSetting, requireSetting, setSetting } from '../../../db/repositories/settings';
import { pseudonymKeyId } from './init-store';
import type { StoreRuntime } from './runtime';

export interface CentreSettingsChange {
  centreName?: string | undefined;
  idleLockMinutes?: number | undefined;
  backupFolder?: string | null | undefined;
  maxProgrammeMonths?: MaxProgrammeMonths | undefined;
}

export function centreSettings(runtime: StoreRuntime) {
  const db = runtime.db();
  return {
    centreCode: requireSetting(db, 'centre.code'),
    centreName: requireSetting(db, 'centre.name'),
    idleLockMinutes: runtime.idleLockMinutes(),
    backupFolder: getSetting(db, 'backup.folder') ?? null,
    pseudonymKeyId: pseudonymKeyId(Buffer.from(requireSetting(db, 'pseudonym.keyHex'), 'hex')),
    maxProgrammeMonths: requireSetting(db, 'casework.maxProgrammeMonths'),
  };
}

/** Saves the given settings together, audits which ones changed, and returns them all. */
export function updateCentreSettings(runtime: StoreRuntime, change: CentreSettingsChange) {
  const db = runtime.db();
  const now = runtime.now();
  const changed: string[] = [];
  runtime.sqlite().transaction(() => {
    if (change.centreName !== undefined) {
      setSetting(db, 'centre.name', change.centreName, now);
      changed.push('centreName');
    }
    if (change.idleLockMinutes !== undefined) {
      setSetting(db, 'security.idleLockMinutes', change.idleLockMinutes, now);
      changed.push('idleLockMinutes');
    }
    if (change.backupFolder !== undefined) {
      setSetting(db, 'backup.folder', change.backupFolder, now);
      changed.push('backupFolder');
    }
    if (change.maxProgrammeMonths !== undefined) {
      setSetting(db, 'casework.maxProgrammeMonths', change.maxProgrammeMonths, now);
      changed.push('maxProgrammeMonths');
    }
  })();
  if (changed.length) runtime.audit({ action: 'settings_changed', entity: 'settings', fields: changed });
  return centreSettings(runtime);
}
