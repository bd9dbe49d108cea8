import { z } from 'zod';
import { roles } from '../../domain/roles';

export { roles, type Role } from '../../domain/roles';
/** The contract's view of the domain's roles. */
export const roleSchema = z.enum(roles);
