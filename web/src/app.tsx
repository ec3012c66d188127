import { lazy } from 'react';
import { RouterProvider as AriaRouter } from 'react-aria-components';
import {
  BrowserRouter,
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
import { WorklistPage } from './pages/worklist-page';
import { Shell } from './ui/shell';

// Pages beyond the first one load when first opened: the worklist and sign-in come at once.
const CaseloadPage = lazy(() =>
  import('./caseload/caseload-page').then((m) => ({ default: m.CaseloadPage })),
);
const ConsentsPage = lazy(() =>
  import('./consent/consents-page').then((m) => ({ default: m.ConsentsPage })),
);
const DisclosureLogPage = lazy(() =>
  import('./disclosures/disclosure-log-page').then((m) => ({ default: m.DisclosureLogPage })),
);
const CasePage = lazy(() => import('./plan/case-page').then((m) => ({ default: m.CasePage })));
const PlanHistoryPage = lazy(() =>
  import('./plan/plan-history-page').then((m) => ({ default: m.PlanHistoryPage })),
);
const MyPlanPage = lazy(() =>
  import('./service-user/my-plan-page').then((m) => ({ default: m.MyPlanPage })),
);
const RevisePlanPage = lazy(() =>
  import('./plan/revise-plan-page').then((m) => ({ default: m.RevisePlanPage })),
);

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
