import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';

export function NotFoundRoute() {
  const { t } = useTranslation();
  return (
    <main id="main" className="page page-narrow">
      <title>{`${t('notFound.title')} – ${t('app.name')}`}</title>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.campaigns}>{t('notFound.back')}</Link>
      </p>
    </main>
  );
}
