import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AccountRoute } from './routes/account';
import { AccountPasswordRoute } from './routes/account-password';
import { AdminRoute } from './routes/admin';
import { AdminAuditRoute } from './routes/admin-audit';
import { AppLayout } from './routes/app-layout';
import { CampaignsRoute } from './routes/campaigns';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { StatisticsRoute } from './routes/statistics';

export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      { path: paths.login, element: <LoginRoute /> },
      {
        path: paths.home,
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to={paths.campaigns} replace /> },
          { path: paths.campaigns, element: <CampaignsRoute /> },
          { path: paths.statistics, element: <StatisticsRoute /> },
          { path: paths.admin, element: <AdminRoute /> },
          { path: paths.adminAudit, element: <AdminAuditRoute /> },
          { path: paths.account, element: <AccountRoute /> },
          { path: paths.accountPassword, element: <AccountPasswordRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
