import type { MethodName } from './contract';
import type { Role } from './contracts/roles';
import type { Session } from './context';

/**
 * Who may call what: the single permission matrix. `public` methods work before sign-in;
 * `signedIn` needs any staff session; a role list names the roles allowed. The type forces
 * an entry for every method, so a new method cannot ship without a decision here.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export const permissions: Record<MethodName, Access> = {
  'system.info': 'public',
  'system.ping': 'public',
};

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden' | 'password_change_required';

/** Methods a user who must change a temporary password may still call. */
const allowedBeforePasswordChange = new Set<MethodName>(['system.info', 'system.ping']);

export function decideAccess(method: MethodName, session: Session | null): AccessDecision {
  const access = permissions[method];
  if (access === 'public') return 'allow';
  if (!session) return 'unauthenticated';
  if (session.mustChangePassword && !allowedBeforePasswordChange.has(method)) return 'password_change_required';
  if (access === 'signedIn') return 'allow';
  return access.includes(session.role) ? 'allow' : 'forbidden';
}
