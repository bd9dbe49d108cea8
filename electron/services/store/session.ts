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
