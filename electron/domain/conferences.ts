import { z } from 'zod';

/** Where an invitation to an exposure conference stands, from sending it to the day itself. */
export const inviteStatuses = ['invited', 'confirmed', 'declined', 'attended', 'no_show'] as const;
export const inviteStatusSchema = z.enum(inviteStatuses);
export type InviteStatus = (typeof inviteStatuses)[number];
