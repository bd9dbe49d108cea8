import { z } from 'zod';

/** Small field shapes the contract files share. */
export const id = z.number().int().positive();
export const empty = z.object({}).strict();
export const text = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
