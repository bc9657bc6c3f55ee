import { useTranslation } from 'react-i18next';
import { usePersonIndex } from '../api/people';
import { RouterAnchor } from './router-links';

/**
 * A person's name as a link, looked up in the people list (not by opening their file, which
 * would be audited as a view). Outside the first page of that list the link text is generic.
 */
export const PersonName = ({ personId }: { personId: string }) => {
  const { t } = useTranslation();
  const index = usePersonIndex();
  return (
    <RouterAnchor to="/medewerkers/$personId" params={{ personId }} size="sm">
      {index.get(personId)?.displayName ?? t('person.open')}
    </RouterAnchor>
  );
};
