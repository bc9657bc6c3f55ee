import { Skeleton } from '@mantine/core';
import { usePerson } from '../api/people';
import { RouterAnchor } from './router-links';

/** A person's name as a link, fetched by id (e.g. an employment's manager). */
export const PersonName = ({ personId }: { personId: string }) => {
  const person = usePerson(personId);
  if (person.isPending) return <Skeleton height={14} width={120} />;
  if (person.isError) return null;
  return (
    <RouterAnchor to="/medewerkers/$personId" params={{ personId }} size="sm">
      {person.data.displayName}
    </RouterAnchor>
  );
};
