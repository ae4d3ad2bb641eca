import { createBrowserRouter, Navigate, type RouteObject } from 'react-router-dom';
import { paths } from '@/config/paths';
import { AnalyticsRoute } from './routes/analytics';
import { AccountRoute } from './routes/account';
import { AccountPasswordRoute } from './routes/account-password';
import { AdminRoute } from './routes/admin';
import { AdminAuditRoute } from './routes/admin-audit';
import { AppLayout } from './routes/app-layout';
import { CampaignRecordTab, CampaignRoute, CampaignTimelineTab } from './routes/campaign';
import { CampaignsRoute } from './routes/campaigns';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { RootLayout } from './routes/root-layout';
import { RecordRoute } from './routes/record';
import { StatisticsRoute } from './routes/statistics';
import { TimelineRoute } from './routes/timeline';

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
          {
            path: '/campaigns/:campaignId',
            element: <CampaignRoute />,
            children: [
              { index: true, element: <CampaignRecordTab /> },
              { path: 'timeline', element: <CampaignTimelineTab /> },
            ],
          },
          { path: paths.statistics, element: <StatisticsRoute /> },
          { path: paths.admin, element: <AdminRoute /> },
          { path: paths.adminAudit, element: <AdminAuditRoute /> },
          { path: paths.account, element: <AccountRoute /> },
          { path: paths.accountPassword, element: <AccountPasswordRoute /> },
          { path: paths.timeline, element: <TimelineRoute /> },
          { path: paths.analytics, element: <AnalyticsRoute /> },
          { path: '/actions/:id', element: <RecordRoute kind="actions" /> },
          { path: '/reforms/:id', element: <RecordRoute kind="reforms" /> },
          { path: '/outcomes/:id', element: <RecordRoute kind="outcomes" /> },
          { path: '/contributions/:id', element: <RecordRoute kind="contributions" /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
