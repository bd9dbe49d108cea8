import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { appLanguages } from '../../electron/domain/languages';
import { roles } from '../../electron/domain/roles';

/**
 * Staff accounts. Passwords live nowhere in the database: an account's password unwraps
 * the store key in the keyring, which is what signing in checks.
 */
export const staff = sqliteTable(
  'staff',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** Lower-cased at write; unique across the store, active or not. */
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: roles }).notNull(),
    /** CRF-1 §6: S01, S02, … in order of account creation, stable for the life of the store. */
    staffCode: text('staff_code').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    deactivatedAt: text('deactivated_at'),
    passwordChangedAt: text('password_changed_at'),
    lastSignInAt: text('last_sign_in_at'),
    language: text('language', { enum: appLanguages })
      .notNull()
      .default(sql`'he'`),
  },
  (t) => [uniqueIndex('staff_username_unique').on(t.username), uniqueIndex('staff_code_unique').on(t.staffCode)],
);

/**
 * Append-only, hash-chained audit log: each entry's hash covers the previous hash and the
 * entry itself, so editing, deleting or reordering entries breaks the chain. Entries carry
 * ids and field names, never values.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    actorId: integer('actor_id'),
    action: text('action').notNull(),
    entity: text('entity'),
    entityId: text('entity_id'),
    /** JSON array of field names touched (never their values). */
    fields: text('fields'),
    /** Outcome or small code, e.g. 'failure' for a failed sign-in. */
    outcome: text('outcome'),
    /** The paired office PC the entry was made through (host mode, docs/lan.md); null on the host itself. */
    deviceId: text('device_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_actor').on(t.actorId),
    index('audit_log_action').on(t.action),
  ],
);
