import { z } from 'zod';

/** Small field shapes the contract files share. */
export const id = z.number().int().positive();
export const empty = z.object({}).strict();
export const text = (max: number) => z.string().trim().max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * A calendar month as YYYY-MM, in the years a centre's records can hold: year 0000 passes a
 * bare pattern but has no calendar arithmetic a report can do.
 */
export const monthSchema = z.string().regex(/^(19\d\d|2\d{3})-(0[1-9]|1[0-2])$/, { message: 'validation.month' });
