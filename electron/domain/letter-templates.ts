import Mustache from 'mustache';
import { z } from 'zod';

/**
 * The coordinator's letter templates (issue 10, item 3): mustache text over named fields.
 * The referral and exit letters' field names live with their documents (letters.ts); the two
 * letters only this module prints are listed here, in the same `group.name` style.
 */
const commonFields = ['today', 'centre.name', 'coach.name', 'participant.firstName', 'participant.lastName'] as const;

export const invitationFields = {
  conference_invitation: [
    ...commonFields,
    'conference.date',
    'conference.time',
    'conference.place',
    'centre.address',
    'centre.phone',
  ],
  meeting_reminder: [...commonFields, 'meeting.date', 'meeting.time', 'meeting.mode', 'centre.address', 'centre.phone'],
} as const;

export type InvitationKind = keyof typeof invitationFields;
export type InvitationFieldValues<K extends InvitationKind> = Record<(typeof invitationFields)[K][number], string>;

/** Why a template was refused; `name` is the offending field when there is one. */
export type TemplateProblem =
  | { reason: 'unknown_field'; name: string }
  | { reason: 'partial'; name: string }
  | { reason: 'delimiters' }
  | { reason: 'syntax' }
  | { reason: 'empty' };

type Token = [string, string, number, number, Token[]?, ...unknown[]];

/**
 * Checks a template against the fields of its letter. Logic-less is not enough on its own:
 * a partial (`{{>x}}`) would pull in another template, a set-delimiter tag (`{{=<% %>=}}`)
 * would hide tags from anyone reading the text, and any name outside the list could reach a
 * property of the view object (`{{constructor}}` is a function mustache would call as a
 * lambda). So only the listed names are accepted, in variables and sections alike, and the
 * first problem is reported with the name it concerns.
 */
export function checkTemplate(body: string, fields: readonly string[]): TemplateProblem | null {
  if (!body.trim()) return { reason: 'empty' };
  let tokens: Token[];
  try {
    tokens = Mustache.parse(body) as unknown as Token[];
  } catch {
    return { reason: 'syntax' };
  }
  return walk(tokens, new Set(fields));
}

function walk(tokens: readonly Token[], allowed: ReadonlySet<string>): TemplateProblem | null {
  for (const token of tokens) {
    const [type, value] = token;
    if (type === 'text' || type === '!') continue;
    if (type === '>') return { reason: 'partial', name: value.trim() };
    if (type === '=') return { reason: 'delimiters' };
    if (type === 'name' || type === '&' || type === '#' || type === '^') {
      if (!allowed.has(value)) return { reason: 'unknown_field', name: value };
      const inner = type === '#' || type === '^' ? walk(token[4] ?? [], allowed) : null;
      if (inner) return inner;
      continue;
    }
    // A token type this version of mustache does not name above: refused rather than trusted.
    return { reason: 'syntax' };
  }
  return null;
}

/**
 * A template's text for the given fields, one paragraph per line. Values are strings only
 * (so no section can ever be a lambda), are inserted as they are (a PDF is not markup), and
 * the view is built without a prototype so no name reaches Object's own properties.
 */
export function renderTemplate(body: string, values: Readonly<Record<string, string>>): string[] {
  const view: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split('.');
    let node = view;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= Object.create(null) as Record<string, unknown>;
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = String(value);
  }
  return Mustache.render(body, view, {}, { escape: (text: string) => text })
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The one-line example of a field as the editor inserts it. */
export function fieldTag(name: string): string {
  return `{{${name}}}`;
}

// ---- the letterhead -------------------------------------------------------------------------

/** A logo larger than this is refused: it is embedded in every letter printed. */
export const MAX_LOGO_BYTES = 500 * 1024;

/**
 * The logo's format from its first bytes (the name or a declared type could say anything):
 * PNG's 8-byte signature or JPEG's SOI marker followed by a marker byte.
 */
export function logoFormat(bytes: Uint8Array): 'png' | 'jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length >= png.length && png.every((b, i) => bytes[i] === b)) return 'png';
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return null;
}

/**
 * A bound on the base64 text a request may carry: twice the logo limit, so an oversized logo
 * still reaches the byte check and is refused as too large rather than as a malformed request.
 */
const MAX_LOGO_BASE64 = Math.ceil((2 * MAX_LOGO_BYTES) / 3) * 4;

/** The letterhead as stored (settings key `documents.letterhead`) and as the API carries it. */
export const letterheadSchema = z.object({
  centreName: z.string().trim().min(1).max(120),
  address: z.string().trim().max(200),
  phone: z.string().trim().max(40),
  logo: z
    .object({
      format: z.enum(['png', 'jpeg']),
      base64: z
        .string()
        .max(MAX_LOGO_BASE64)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/),
    })
    .nullable(),
});
export type Letterhead = z.output<typeof letterheadSchema>;
