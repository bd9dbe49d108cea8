import type { StaffRow } from '../../../db/repositories/staff';
import type { Role } from '../../domain/roles';

/** The staff member acting through the app, as the services see them. */
export interface Session {
  userId: number;
  username: string;
  displayName: string;
  role: Role;
  staffCode: string;
  mustChangePassword: boolean;
  language: 'he' | 'en';
}

/** A staff member's row as the session the services see while they are signed in. */
export function toSession(row: StaffRow): Session {
  return {
    userId: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    staffCode: row.staffCode,
    mustChangePassword: row.mustChangePassword,
    language: row.language,
  };
}
