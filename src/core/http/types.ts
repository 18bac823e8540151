import type { VNode } from 'preact';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.js';
import type { DiskSpace } from '../db/disk-space.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { DatabaseKind } from '../db/client.js';
import type { Translator } from '../i18n/translator.js';
import type { LocaleCode } from '../i18n/locales.js';
import type { JobQueue } from '../jobs/boss.js';
import type { NavigationEntry } from '../modules/navigation.js';
import type { FileStorage } from '../storage/index.js';

export interface RenderOptions {
  title: string;
  description?: string;
  status?: number;
  /** An Open Graph share card for the page (a story, a campaign): shown when a link to it is shared. */
  shareCard?: ShareCard | undefined;
  /**
   * The languages the page's own content exists in (an entry: German and its translations). Search engines are
   * told of these only, and a page shown in another language names the German one as canonical (decision 030).
   * Left out: every language, as for pages whose whole text comes from the translated catalogues.
   */
  languages?: readonly LocaleCode[] | undefined;
}

/** What a shared link shows: title, a sentence, and optionally an image (a path on this site) with its alt text. */
export interface ShareCard {
  title: string;
  description: string;
  image?: { path: string; alt: string } | undefined;
}

export interface AppServices {
  config: Config;
  db: Kysely<Database>;
  databaseKind: DatabaseKind;
  queue: JobQueue;
  /** Uploaded files (core/storage): the data directory, or an S3-compatible bucket by configuration. */
  storage: FileStorage;
  /** Free space of the embedded database's folder (PGlite on disk only): writes are refused while it is low. */
  diskSpace?: DiskSpace;
  /**
   * For work outside a request (the job queue, background jobs); a request logs through
   * `request.log`. Silent when the platform is started without a logger (tests, benchmarks).
   */
  logger: FastifyBaseLogger;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: AppServices;
    navigation: readonly NavigationEntry[];
  }
  interface FastifyRequest {
    actor: Actor;
    i18n: Translator;
    /** The CSRF token this request's forms carry; read it through csrfTokenForForm (core/http/csrf.ts). */
    csrfToken: string;
    /** Sends a newly issued token as the cookie; set while the token has not been put into a form yet. */
    sendCsrfCookie: (() => void) | null;
    flash: { kind: 'success' | 'info'; key: string } | null;
    /** The digest of the submission key this request claimed (core/http/submissions.ts), settled as it answers. */
    submissionClaim: string | null;
  }
  interface FastifyReply {
    renderPage(page: VNode, options: RenderOptions): FastifyReply;
    setFlash(kind: 'success' | 'info', key: string): FastifyReply;
  }
  interface FastifyContextConfig {
    /** Pages that must never be cached or indexed (account pages). */
    isPrivate?: boolean;
  }
}
