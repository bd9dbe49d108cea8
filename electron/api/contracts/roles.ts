import { z } from 'zod';

export const roles = ['navigator', 'coach', 'coordinator', 'facilitator'] as const;
export const roleSchema = z.enum(roles);
export type Role = (typeof roles)[number];
