import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title (screen readers announce it on navigation). */
export const usePageTitle = (title: string): void => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title, t]);
};
