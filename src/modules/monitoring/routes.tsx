import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireUser } from '../../core/auth/guards.js';
import { allows, authorize } from '../../core/auth/policy.js';
import { AppError } from '../../core/errors.js';
import { handleForm, readButtonForm } from '../../core/http/forms.js';
import { requireLocalePrefix } from '../../core/http/locale-scope.js';
import { parseInput } from '../../core/validation.js';
import { STORED_INDICATORS, findIndicator } from './indicators.js';
import { canManageData, canViewInternal, monitoringPolicy } from './policy.js';
import {
  CorrectValueSchema,
  DashboardQuerySchema,
  EditInitiativeSchema,
  EmptyFormSchema,
  IdParamsSchema,
  IndicatorParamsSchema,
  LinkProjectSchema,
  MappingSchema,
  MilestoneParamsSchema,
  MilestoneSchema,
  StartImportSchema,
  TargetSchema,
} from './schemas.js';
import { addMilestone } from './use-cases/add-milestone.js';
import { correctValue } from './use-cases/correct-value.js';
import { editInitiative } from './use-cases/edit-initiative.js';
import { markMilestoneReached } from './use-cases/mark-milestone-reached.js';
import { readInitiative } from './use-cases/read-initiative.js';
import { removeMilestone } from './use-cases/remove-milestone.js';
import { InitiativePage } from './views/initiative-page.js';
import { getIndicatorData, readTargets } from './use-cases/get-indicator-data.js';
import { getWorkProgramme } from './use-cases/get-work-programme.js';
import { listImports } from './use-cases/list-imports.js';
import { loadImport } from './use-cases/load-import.js';
import { mapImport } from './use-cases/map-import.js';
import { readValueHistory } from './use-cases/read-value-history.js';
import { rollbackImport } from './use-cases/rollback-import.js';
import { saveImport } from './use-cases/save-import.js';
import { LARGE_IMPORT_ROWS, queueImportSave } from './use-cases/queue-import-save.js';
import { saveTarget } from './use-cases/save-target.js';
import { startImport } from './use-cases/start-import.js';
import { IndicatorCataloguePage, IndicatorPage, PublicDashboardPage } from './views/dashboard-pages.js';
import { ImportReviewPage, ImportStartPage, importTitle } from './views/import-pages.js';
import { InternalDashboardPage } from './views/internal-page.js';
import { OpenDataPage } from './views/open-data-page.js';
import { WorkProgrammePage } from './views/programme-page.js';
import { ValuePage } from './views/value-page.js';
import { LinkProjectPage } from './views/link-project-page.js';
import { linkProject } from './use-cases/link-project.js';
import { listPublishedProjects } from '../catalogue/index.js';
import { PlatformOutcomesSection } from './views/platform-outcomes.js';
import { getPlatformOutcomes } from './use-cases/get-platform-outcomes.js';

/** Seconds between the reloads of an import page while the background job saves it. */
const IMPORT_REFRESH_SECONDS = 2;

/** The monitoring pages after the language prefix: dashboards, catalogue, imports, values, work programme. */
export async function monitoringRoutes(app: FastifyInstance): Promise<void> {
  {
    requireLocalePrefix(app);
    const { services } = app;
    const lang = (request: FastifyRequest) => request.i18n.locale.code;
    const allKeys = STORED_INDICATORS.map((indicator) => indicator.key);

    app.get('/monitoring', async (request, reply) => {
      const data = await getIndicatorData({ services, keys: allKeys });
      return reply.renderPage(<PublicDashboardPage data={data} canSeeInternal={canViewInternal(request.actor)} />, {
        title: request.i18n.t('monitoring.dashboard.title'),
      });
    });

    app.get('/monitoring/indikatoren', async (request, reply) =>
      reply.renderPage(<IndicatorCataloguePage />, { title: request.i18n.t('monitoring.catalogue.title') }),
    );

    app.get('/monitoring/indikatoren/:key', async (request, reply) => {
      const { key } = parseInput(IndicatorParamsSchema, request.params);
      const indicator = findIndicator(key);
      if (!indicator || indicator.isComputed) throw new AppError('not_found');
      const { jahr } = parseInput(DashboardQuerySchema, { ...(request.query as object), lang: lang(request) });
      const [data] = await getIndicatorData({ services, keys: [key] });
      const year = jahr !== undefined && data!.years.includes(jahr) ? jahr : (data!.years.at(-1) ?? null);
      return reply.renderPage(<IndicatorPage data={data!} year={year} canCorrect={canViewInternal(request.actor)} />, {
        title: request.i18n.t(`monitoring_indicators.${key}.name`),
      });
    });

    app.get('/monitoring/offene-daten', async (request, reply) =>
      reply.renderPage(<OpenDataPage />, { title: request.i18n.t('monitoring.open_data.title') }),
    );

    app.get('/monitoring/arbeitsprogramm', async (request, reply) => {
      const programme = await getWorkProgramme({ services });
      return reply.renderPage(
        <WorkProgrammePage
          goals={programme.goals}
          unassigned={programme.unassigned}
          canManage={allows(request.actor, monitoringPolicy, 'manage_work_programme')}
        />,
        {
          title: request.i18n.t('monitoring.programme.title'),
        },
      );
    });

    const internalPage = async (request: FastifyRequest) => {
      const actor = requireUser(request.actor);
      authorize(actor, monitoringPolicy, 'view_internal', undefined);
      const targets = await readTargets(services.db);
      const keys = allKeys.filter((key) => targets.some((target) => target.indicatorKey === key));
      const withTargets = await getIndicatorData({ services, keys });
      const outcomes = await getPlatformOutcomes({ services, actor, now: new Date() });
      return {
        actor,
        render: (
          values?: Record<string, string | string[] | undefined>,
          errors?: Parameters<typeof InternalDashboardPage>[0]['errors'],
        ) => (
          <InternalDashboardPage
            withTargets={withTargets}
            canManage={canManageData(actor)}
            values={values}
            errors={errors}
            platform={<PlatformOutcomesSection outcomes={outcomes} />}
          />
        ),
      };
    };
    app.get('/monitoring/intern', async (request, reply) => {
      const page = await internalPage(request);
      return reply.renderPage(page.render(), { title: request.i18n.t('monitoring.internal.title') });
    });
    app.post('/monitoring/ziele', async (request, reply) => {
      const page = await internalPage(request);
      return handleForm(request, reply, {
        schema: TargetSchema,
        title: request.i18n.t('monitoring.internal.title'),
        render: (values, errors) => page.render(values, errors),
        onValid: async (input) => {
          await saveTarget({ services, actor: page.actor, input, ip: request.ip });
          return reply
            .setFlash('success', 'monitoring.targets.saved')
            .redirect(`/${lang(request)}/monitoring/intern`, 303);
        },
      });
    });

    app.get('/monitoring/import', async (request, reply) => {
      const actor = requireUser(request.actor);
      const imports = await listImports({ services, actor });
      return reply.renderPage(<ImportStartPage imports={imports} />, {
        title: request.i18n.t('monitoring.import.title'),
      });
    });
    app.post('/monitoring/import', async (request, reply) => {
      const actor = requireUser(request.actor);
      const imports = await listImports({ services, actor });
      return handleForm(request, reply, {
        schema: StartImportSchema,
        title: request.i18n.t('monitoring.import.title'),
        render: (values, errors) => <ImportStartPage imports={imports} values={values} errors={errors} />,
        onValid: async (input) => {
          const { importId } = await startImport({ services, actor, input });
          return reply.redirect(`/${lang(request)}/monitoring/import/${importId}`, 303);
        },
      });
    });
    app.get('/monitoring/import/:id', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const loaded = await loadImport({ services, actor, importId: id });
      const hasProblems = (loaded.checked?.problems.length ?? 0) > 0;
      // While the background job saves, the page reloads itself (no JavaScript needed) until it is done.
      if (loaded.status === 'saving') reply.header('Refresh', String(IMPORT_REFRESH_SECONDS));
      return reply.renderPage(<ImportReviewPage loaded={loaded} />, {
        title: importTitle(request.i18n.t, loaded.indicator?.key ?? null),
        status: hasProblems ? 422 : 200,
      });
    });
    app.post('/monitoring/import/:id/zuordnung', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const loaded = await loadImport({ services, actor, importId: id });
      return handleForm(request, reply, {
        schema: MappingSchema,
        title: request.i18n.t('monitoring.import.title'),
        render: (values, errors) => <ImportReviewPage loaded={loaded} values={values} errors={errors} />,
        onValid: async (input) => {
          await mapImport({ services, actor, importId: id, input });
          return reply.redirect(`/${lang(request)}/monitoring/import/${id}`, 303);
        },
      });
    });
    app.post('/monitoring/import/:id/speichern', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      readButtonForm(request, EmptyFormSchema);
      const loaded = await loadImport({ services, actor, importId: id });
      if ((loaded.checked?.rows.length ?? 0) >= LARGE_IMPORT_ROWS) {
        await queueImportSave({ services, actor, importId: id, ip: request.ip });
        return reply
          .setFlash('info', 'monitoring.import.queued')
          .redirect(`/${lang(request)}/monitoring/import/${id}`, 303);
      }
      await saveImport({ services, actor, importId: id, ip: request.ip });
      const next = loaded.indicator ? `/monitoring/indikatoren/${loaded.indicator.key}` : `/monitoring/import/${id}`;
      return reply.setFlash('success', 'monitoring.import.saved').redirect(`/${lang(request)}${next}`, 303);
    });
    app.post('/monitoring/import/:id/zuruecknehmen', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      readButtonForm(request, EmptyFormSchema);
      await rollbackImport({ services, actor, importId: id, ip: request.ip });
      return reply
        .setFlash('success', 'monitoring.import.rolled_back')
        .redirect(`/${lang(request)}/monitoring/import/${id}`, 303);
    });

    const linkPage = async (request: FastifyRequest) => {
      const actor = requireUser(request.actor);
      authorize(actor, monitoringPolicy, 'manage_work_programme', undefined);
      const { id } = parseInput(IdParamsSchema, request.params);
      const initiative = await services.db
        .selectFrom('monitoring_initiatives')
        .select(['id', 'title'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!initiative) throw new AppError('not_found');
      return { actor, initiative, projects: await listPublishedProjects(services.db) };
    };
    app.get('/monitoring/initiativen/:id/projekte', async (request, reply) => {
      const page = await linkPage(request);
      return reply.renderPage(<LinkProjectPage initiative={page.initiative} projects={page.projects} />, {
        title: request.i18n.t('monitoring.programme.link_title'),
      });
    });
    app.post('/monitoring/initiativen/:id/projekte', async (request, reply) => {
      const page = await linkPage(request);
      return handleForm(request, reply, {
        schema: LinkProjectSchema,
        title: request.i18n.t('monitoring.programme.link_title'),
        render: (values, errors) => (
          <LinkProjectPage initiative={page.initiative} projects={page.projects} values={values} errors={errors} />
        ),
        onValid: async ({ project }) => {
          await linkProject({
            services,
            actor: page.actor,
            initiativeId: page.initiative.id,
            projectId: project,
            ip: request.ip,
          });
          return reply
            .setFlash('success', 'monitoring.programme.linked')
            .redirect(`/${lang(request)}/monitoring/arbeitsprogramm#initiative-${page.initiative.id}`, 303);
        },
      });
    });

    const initiativePage = async (request: FastifyRequest, id = parseInput(IdParamsSchema, request.params).id) => {
      const actor = requireUser(request.actor);
      const initiative = await readInitiative({ services, actor, initiativeId: id });
      const title = request.i18n.t('monitoring.initiative.title');
      const change = { services, actor, initiativeId: id, ip: request.ip };
      const backToPage = (reply: FastifyReply) =>
        reply
          .setFlash('success', 'monitoring.initiative.saved')
          .redirect(`/${lang(request)}/monitoring/initiativen/${id}`, 303);
      return { initiative, title, change, backToPage };
    };
    app.get('/monitoring/initiativen/:id', async (request, reply) => {
      const page = await initiativePage(request);
      return reply.renderPage(<InitiativePage initiative={page.initiative} />, { title: page.title });
    });
    app.post('/monitoring/initiativen/:id', async (request, reply) => {
      const page = await initiativePage(request);
      return handleForm(request, reply, {
        schema: EditInitiativeSchema,
        title: page.title,
        render: (values, errors) => (
          <InitiativePage initiative={page.initiative} failed={{ form: 'edit', values, errors }} />
        ),
        onValid: async (input) => {
          await editInitiative({ ...page.change, input });
          return page.backToPage(reply);
        },
      });
    });
    app.post('/monitoring/initiativen/:id/meilensteine', async (request, reply) => {
      const page = await initiativePage(request);
      return handleForm(request, reply, {
        schema: MilestoneSchema,
        title: page.title,
        render: (values, errors) => (
          <InitiativePage initiative={page.initiative} failed={{ form: 'milestone', values, errors }} />
        ),
        onValid: async (input) => {
          await addMilestone({ ...page.change, input });
          return page.backToPage(reply);
        },
      });
    });
    const milestoneAction = async (request: FastifyRequest) => {
      const { id, milestone } = parseInput(MilestoneParamsSchema, request.params);
      readButtonForm(request, EmptyFormSchema);
      return { page: await initiativePage(request, id), milestoneId: milestone };
    };
    app.post('/monitoring/initiativen/:id/meilensteine/:milestone/erreicht', async (request, reply) => {
      const { page, milestoneId } = await milestoneAction(request);
      await markMilestoneReached({ ...page.change, milestoneId, now: new Date() });
      return page.backToPage(reply);
    });
    app.post('/monitoring/initiativen/:id/meilensteine/:milestone/entfernen', async (request, reply) => {
      const { page, milestoneId } = await milestoneAction(request);
      await removeMilestone({ ...page.change, milestoneId });
      return page.backToPage(reply);
    });

    app.get('/monitoring/werte/:id', async (request, reply) => {
      const { id } = parseInput(IdParamsSchema, request.params);
      const history = await readValueHistory({ services, valueId: id });
      const canCorrect = allows(request.actor, monitoringPolicy, 'correct_value', { area: history.value.area });
      return reply.renderPage(<ValuePage history={history} canCorrect={canCorrect} />, {
        title: request.i18n.t('monitoring.values.title'),
      });
    });
    app.post('/monitoring/werte/:id/korrektur', async (request, reply) => {
      const actor = requireUser(request.actor);
      const { id } = parseInput(IdParamsSchema, request.params);
      const history = await readValueHistory({ services, valueId: id });
      return handleForm(request, reply, {
        schema: CorrectValueSchema,
        title: request.i18n.t('monitoring.values.title'),
        render: (values, errors) => <ValuePage history={history} canCorrect values={values} errors={errors} />,
        onValid: async (input) => {
          await correctValue({ services, actor, valueId: id, input, ip: request.ip });
          return reply
            .setFlash('success', 'monitoring.values.saved')
            .redirect(`/${lang(request)}/monitoring/werte/${id}`, 303);
        },
      });
    });
  }
}
