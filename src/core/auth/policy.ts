import { AppError, type ErrorCode, type ErrorHelp } from '../errors.js';
import type { Actor } from './actor.js';

/**
 * Permissions, one way: each module declares its policy as a table of rules, one per action
 * (`action → (actor, subject) => boolean`), and everything asks that table through `allows`
 * (to show or hide a link) or `authorize` (to refuse). A route authorises what needs no loaded
 * record ("may create entries") next to its handler; a use-case authorises against the record it
 * loaded ("may edit this entry"). What is not allowed by a rule is refused.
 */
// The subject is contravariant; `never` lets rules for any subject sit in one table.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule<Subject = any> = (actor: Actor, subject: Subject) => boolean;

export type Policy = Readonly<Record<string, Rule>>;

/** The record a rule looks at; `unknown` for rules that look at none. */
type SubjectOf<R> = R extends (actor: Actor, subject: infer S) => boolean ? S : never;

/** Rules that need a record take it as the last argument; rules that need none take none. */
type SubjectArgs<R> = undefined extends SubjectOf<R> ? [subject?: SubjectOf<R>] : [subject: SubjectOf<R>];

/** Declares a module's policy; the table keeps its action names and subject types. */
export function definePolicy<P extends Policy>(rules: P): P {
  return rules;
}

/**
 * Turns a table of roles per action into rules: an action is allowed when the actor holds one of
 * its roles towards the subject. For modules whose rules read best as "who", not "when".
 */
export function roleRules<Role extends string, Subject, Actions extends string>(
  table: Readonly<Record<Actions, readonly Role[]>>,
  rolesOf: (actor: Actor, subject: Subject) => ReadonlySet<Role>,
): Record<Actions, (actor: Actor, subject?: Subject) => boolean> {
  const rules = {} as Record<Actions, (actor: Actor, subject?: Subject) => boolean>;
  for (const action of Object.keys(table) as Actions[]) {
    rules[action] = (actor, subject = {} as Subject) => {
      const roles = rolesOf(actor, subject);
      return table[action].some((role) => roles.has(role));
    };
  }
  return rules;
}

export function allows<P extends Policy, A extends keyof P & string>(
  actor: Actor,
  policy: P,
  action: A,
  ...[subject]: SubjectArgs<P[A]>
): boolean {
  return policy[action]!(actor, subject);
}

/** What a refusal looks like: `forbidden` by default, `not_found` where even existence is private. */
export interface Refusal {
  code?: Extract<ErrorCode, 'forbidden' | 'not_found'>;
  messageKey?: string;
  /** Why, and what would help: shown on the 403 page (core/http/error-handling). */
  help?: ErrorHelp;
}

/**
 * Refuses unless the policy allows the action: the one way a route or use-case checks a
 * permission. Rules that look at no record take `undefined` as the subject.
 */
export function authorize<P extends Policy, A extends keyof P & string>(
  actor: Actor,
  policy: P,
  action: A,
  subject: SubjectOf<P[A]>,
  refusal: Refusal = {},
): void {
  if (policy[action]!(actor, subject)) return;
  const { code = 'forbidden', messageKey, help } = refusal;
  throw new AppError(code, { ...(messageKey ? { messageKey } : {}), ...(help ? { help } : {}) });
}
