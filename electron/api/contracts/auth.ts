import { z } from 'zod';
import { appLanguageSchema } from '../../domain/languages';
import { roleSchema } from './roles';

export const usernameSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[\p{L}\p{N}._-]+$/u);
export const passwordSchema = z.string().min(1).max(256);
export const languageSchema = appLanguageSchema;

export const sessionSchema = z.object({
  userId: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  staffCode: z.string(),
  mustChangePassword: z.boolean(),
  language: languageSchema,
});

export const storeStateSchema = z.enum(['needs_setup', 'ready', 'keyring_missing', 'keyring_damaged']);

export const authStatusSchema = z.object({
  store: storeStateSchema,
  locked: z.boolean(),
  /** The signed-in user; withheld while the session is locked. */
  session: sessionSchema.nullable(),
  /** Display name of the locked user, so the lock screen can say whose session it is. */
  lockedUser: z.object({ displayName: z.string() }).nullable(),
  idleLockMinutes: z.number().int(),
  centre: z.object({ code: z.string(), name: z.string() }).nullable(),
  demo: z.boolean(),
  /** While a demo centre opened from the set-up screen is in use: its accounts and shared password (fictional data). */
  demoSignIn: z
    .object({
      users: z.array(z.object({ username: z.string(), displayName: z.string(), role: roleSchema })),
      password: z.string(),
    })
    .nullable(),
});

const empty = z.object({}).strict();

export const authContract = {
  'auth.status': {
    /**
     * `userActive`: the renderer's heartbeat, sent only after keyboard or pointer input, so
     * someone working on a long form is not locked out by the server. Any other status call
     * leaves the idle time running.
     */
    input: z.object({ userActive: z.literal(true).optional() }).strict(),
    output: authStatusSchema,
  },
  'auth.signIn': {
    input: z.object({ username: usernameSchema, password: passwordSchema }).strict(),
    output: sessionSchema,
  },
  'auth.signOut': { input: empty, output: z.object({ signedOut: z.boolean() }) },
  'auth.lock': {
    /** Why the renderer locked: recorded in the audit log (OS locks are recorded by the shell). */
    input: z.object({ reason: z.enum(['idle', 'manual']).default('manual') }).strict(),
    output: z.object({ locked: z.literal(true) }),
  },
  /**
   * The page is going away (tab closed or reloaded). Unless the same client calls again within
   * a short grace, which a reload does, its session is locked at its next call.
   */
  'auth.closing': { input: empty, output: z.object({ noted: z.literal(true) }) },
  'auth.unlock': { input: z.object({ password: passwordSchema }).strict(), output: sessionSchema },
  'auth.changePassword': {
    input: z.object({ currentPassword: passwordSchema, newPassword: passwordSchema }).strict(),
    output: sessionSchema,
  },
  'auth.recover': {
    input: z
      .object({ username: usernameSchema, recoveryKey: z.string().min(10).max(200), newPassword: passwordSchema })
      .strict(),
    output: z.object({ recovered: z.literal(true) }),
  },
  'auth.setLanguage': { input: z.object({ language: languageSchema }).strict(), output: sessionSchema },
} as const;
