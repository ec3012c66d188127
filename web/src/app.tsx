import { lazy } from 'react';
import { RouterProvider as AriaRouter } from 'react-aria-components';
import {
  BrowserRouter,
  matchPath,
  Navigate,
  Route,
  Routes,
  useHref,
  useNavigate,
  type NavigateOptions,
} from 'react-router';
import { CallbackPage } from './auth/callback-page';
import { RequireSession } from './auth/require-session';
import { SignInPage } from './auth/sign-in-page';
import type { AppConfig } from './config';
import { HomePage } from './pages/home-page';
import { MyCasesPage } from './pages/my-cases-page';
import { Shell } from './ui/shell';

// Pages load when first opened (sign-in comes at once); preloadPage starts a first load's page.
const worklistPage = () => import('./pages/worklist-page');
const WorklistPage = lazy(() => worklistPage().then((m) => ({ default: m.WorklistPage })));
const CaseloadPage = lazy(() =>
  import('./caseload/caseload-page').then((m) => ({ default: m.CaseloadPage })),
);
const ConsentsPage = lazy(() =>
  import('./consent/consents-page').then((m) => ({ default: m.ConsentsPage })),
);
const DisclosureLogPage = lazy(() =>
  import('./disclosures/disclosure-log-page').then((m) => ({ default: m.DisclosureLogPage })),
);
const casePage = () => import('./plan/case-page');
const CasePage = lazy(() => casePage().then((m) => ({ default: m.CasePage })));
const PlanHistoryPage = lazy(() =>
  import('./plan/plan-history-page').then((m) => ({ default: m.PlanHistoryPage })),
);
const MeetingPage = lazy(() =>
  import('./meetings/meeting-page').then((m) => ({ default: m.MeetingPage })),
);
const MyPlanPage = lazy(() =>
  import('./service-user/my-plan-page').then((m) => ({ default: m.MyPlanPage })),
);
const RevisePlanPage = lazy(() =>
  import('./plan/revise-plan-page').then((m) => ({ default: m.RevisePlanPage })),
);

/**
 * Starts fetching the code of the page a first load opens (the worklist, the plan page) beside
 * /config.json, instead of after it and the session check (bench/web-app.bench.ts).
 */
export function preloadPage(pathname: string): void {
  if (matchPath('/worklist', pathname)) void worklistPage();
  if (matchPath('/cases/:caseId', pathname)) void casePage();
}

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

function Routed({ config }: { config: AppConfig }) {
  const navigate = useNavigate();
  return (
    // react-aria-components' links navigate through the router, not by reloading the page.
    <AriaRouter navigate={(to, options) => void navigate(to, options)} useHref={useHref}>
      <Routes>
        <Route path="/signin" element={<SignInPage config={config} />} />
        <Route path="/callback" element={<CallbackPage config={config} />} />
        <Route element={<RequireSession config={config} />}>
          <Route element={<Shell />}>
            <Route index element={<HomePage />} />
            <Route path="worklist" element={<WorklistPage />} />
            <Route path="cases" element={<MyCasesPage />} />
            <Route path="cases/:caseId" element={<CasePage />} />
            <Route path="cases/:caseId/revise" element={<RevisePlanPage />} />
            <Route path="cases/:caseId/history" element={<PlanHistoryPage />} />
            <Route path="cases/:caseId/meetings/:meetingId" element={<MeetingPage />} />
            <Route path="people/:serviceUserId/consents" element={<ConsentsPage />} />
            <Route path="people/:serviceUserId/disclosures" element={<DisclosureLogPage />} />
            <Route path="caseload" element={<CaseloadPage />} />
            <Route path="me" element={<MyPlanPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Route>
        </Route>
      </Routes>
    </AriaRouter>
  );
}

export function App({ config }: { config: AppConfig }) {
  return (
    <BrowserRouter>
      <Routed config={config} />
    </BrowserRouter>
  );
}
