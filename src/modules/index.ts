import type { PlatformModule } from '../core/modules/platform-module.js';
import { accountsModule } from './accounts/index.js';
import { catalogueModule } from './catalogue/index.js';
import { checklistsModule } from './checklists/index.js';
import { coursesModule } from './courses/index.js';
import { matchingModule } from './matching/index.js';
import { monitoringModule } from './monitoring/index.js';
import { organisationsModule } from './organisations/index.js';
import { participationModule } from './participation/index.js';
import { partnershipsModule } from './partnerships/index.js';
import { siteModule } from './site/index.js';
import { trainingModule } from './training/index.js';

/**
 * Every feature module, in the order its routes and personal-data sources are registered
 * (erasure runs in reverse). Adding a module: create its folder with an index.ts exporting its
 * PlatformModule, and add one line here.
 */
export const MODULES: readonly PlatformModule[] = [
  siteModule,
  accountsModule,
  organisationsModule,
  catalogueModule,
  matchingModule,
  monitoringModule,
  checklistsModule,
  participationModule,
  coursesModule,
  trainingModule,
  partnershipsModule,
];
