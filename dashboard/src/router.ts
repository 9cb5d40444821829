// Routes, each screen lazy-loaded (its own chunk). Every route but /login needs a session; a role list hides a
// screen from roles it does not serve (the server still enforces jurisdiction on every request).
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { onSessionExpired, restoreSession, session } from './auth/session';
import type { Role } from './gql/graphql';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    /** Roles that see the screen (all when absent). */
    roles?: Role[];
    /** The nav entry's i18n key, when the screen is in the navigation. */
    nav?: string;
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/hearings' },
  { path: '/login', component: () => import('./views/LoginView.vue'), meta: { public: true } },
  { path: '/hearings', component: () => import('./views/HearingsView.vue'), meta: { nav: 'nav.hearings' } },
  {
    path: '/deadlines',
    component: () => import('./views/DeadlinesView.vue'),
    meta: { nav: 'nav.deadlines' },
  },
  {
    path: '/assignments',
    component: () => import('./views/AssignmentsView.vue'),
    meta: { nav: 'nav.assignments' },
  },
  {
    path: '/reconciliation',
    component: () => import('./views/ReconciliationView.vue'),
    // Para 7: between territorial and specialized offices, read by the regional office and the Department.
    meta: { nav: 'nav.reconciliation' },
  },
  {
    path: '/indicators',
    component: () => import('./views/IndicatorsView.vue'),
    meta: { nav: 'nav.indicators' },
  },
  { path: '/cases/:id', component: () => import('./views/CaseView.vue'), props: true },
  { path: '/:rest(.*)*', redirect: '/hearings' },
];

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  if (!(await restoreSession())) return { path: '/login', query: { next: to.fullPath } };
  const role = session.viewer?.role;
  if (to.meta.roles && role && !to.meta.roles.includes(role)) return '/hearings';
  return true;
});

onSessionExpired(() => {
  const current = router.currentRoute.value;
  if (!current.meta.public)
    void router.push({ path: '/login', query: { next: current.fullPath, expired: '1' } });
});

/** The navigation entries the signed-in role sees. */
export function navEntries(role: Role | undefined): { path: string; label: string }[] {
  return routes
    .filter((r) => r.meta?.nav && (!r.meta.roles || (role && r.meta.roles.includes(role))))
    .map((r) => ({ path: r.path, label: r.meta?.nav ?? '' }));
}
