import type { z } from 'zod';
import type { staffMemberSchema } from '../../../../electron/api/contracts/staff';

export type StaffMember = z.infer<typeof staffMemberSchema>;

export const STAFF_LIST_KEY = ['staff.list'] as const;
