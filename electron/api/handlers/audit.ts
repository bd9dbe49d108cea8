import dayjs from 'dayjs';
import type { auditContract } from '../contracts/audit';
import type { settingsContract } from '../contracts/settings';
import { requireRuntime } from '../context';
import { listAudit, verifyAuditChain, type AuditAction } from '../../../db/repositories/audit';
import { getSetting, requireSetting, setSetting } from '../../../db/repositories/settings';
import { listStaff } from '../../../db/repositories/staff';
import { pseudonymKeyId } from '../../services/store/init-store';
import type { StoreRuntime } from '../../services/store/runtime';
import type { HandlerMap } from './types';

/** A calendar date's first instant in this machine's time zone (the centre's), as stored. */
const startOfDay = (date: string) => dayjs(date).startOf('day').toDate().toISOString();

function centreSettings(runtime: StoreRuntime) {
  const db = runtime.db();
  return {
    centreCode: requireSetting(db, 'centre.code'),
    centreName: requireSetting(db, 'centre.name'),
    idleLockMinutes: runtime.idleLockMinutes(),
    backupFolder: getSetting(db, 'backup.folder') ?? null,
    pseudonymKeyId: pseudonymKeyId(Buffer.from(requireSetting(db, 'pseudonym.keyHex'), 'hex')),
  };
}

export const auditHandlers: HandlerMap<keyof typeof auditContract | keyof typeof settingsContract> = {
  'audit.list': (input, ctx) => {
    const db = requireRuntime(ctx).db();
    const names = new Map(listStaff(db).map((s) => [s.id, s.displayName]));
    const page = listAudit(db, {
      from: input.from ? startOfDay(input.from) : undefined,
      to: input.to ? startOfDay(dayjs(input.to).add(1, 'day').format('YYYY-MM-DD')) : undefined,
      actorId: input.actorId,
      action: input.action as AuditAction | undefined,
      entity: input.entity,
      entityId: input.entityId,
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    return {
      total: page.total,
      rows: page.rows.map((row) => ({
        ...row,
        actorName: row.actorId === null ? null : (names.get(row.actorId) ?? null),
      })),
    };
  },
  'audit.verify': (_input, ctx) => verifyAuditChain(requireRuntime(ctx).sqlite()),
  'settings.get': (_input, ctx) => centreSettings(requireRuntime(ctx)),
  'settings.update': (input, ctx) => {
    const runtime = requireRuntime(ctx);
    const db = runtime.db();
    const now = runtime.now();
    const changed: string[] = [];
    runtime.sqlite().transaction(() => {
      if (input.centreName !== undefined) {
        setSetting(db, 'centre.name', input.centreName, now);
        changed.push('centreName');
      }
      if (input.idleLockMinutes !== undefined) {
        setSetting(db, 'security.idleLockMinutes', input.idleLockMinutes, now);
        changed.push('idleLockMinutes');
      }
      if (input.backupFolder !== undefined) {
        setSetting(db, 'backup.folder', input.backupFolder, now);
        changed.push('backupFolder');
      }
    })();
    if (changed.length) runtime.audit({ action: 'settings_changed', entity: 'settings', fields: changed });
    return centreSettings(runtime);
  },
};
