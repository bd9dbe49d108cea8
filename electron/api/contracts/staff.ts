import { z } from 'zod';
import { passwordSchema, usernameSchema } from './auth';
import { roleSchema } from './roles';
import { displayNameSchema } from './setup';

export const staffMemberSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  staffCode: z.string(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
});

import { id } from './fields';

export const staffContract = {
  'staff.list': { input: z.object({}).strict(), output: z.array(staffMemberSchema) },
  'staff.create': {
    input: z
      .object({
        username: usernameSchema,
        displayName: displayNameSchema,
        role: roleSchema,
        temporaryPassword: passwordSchema,
      })
      .strict(),
    output: staffMemberSchema,
  },
  'staff.update': {
    input: z.object({ id, displayName: displayNameSchema.optional(), role: roleSchema.optional() }).strict(),
    output: staffMemberSchema,
  },
  'staff.deactivate': { input: z.object({ id }).strict(), output: staffMemberSchema },
  'staff.resetPassword': {
    input: z.object({ id, temporaryPassword: passwordSchema }).strict(),
    output: staffMemberSchema,
  },
  'staff.directory': {
    input: z.object({}).strict(),
    output: z.array(z.object({ id: z.number().int(), displayName: z.string(), role: z.string(), active: z.boolean() })),
  },
} as const;
