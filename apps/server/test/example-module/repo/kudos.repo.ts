/**
 * The example keeps its rows in memory so that it needs no migration; a real module's repo takes
 * `(db | tx, organizationId, …)` and filters by organisation exactly like this one does.
 */
export type KudosRow = { id: string; organizationId: string; personId: string; text: string; givenAt: Date };

const rows: KudosRow[] = [];

export function insertKudos(organizationId: string, values: Omit<KudosRow, 'id' | 'organizationId'>) {
  const row = { id: crypto.randomUUID(), organizationId, ...values };
  rows.push(row);
  return row;
}

export function kudosOfPerson(organizationId: string, personId: string) {
  return rows.filter((r) => r.organizationId === organizationId && r.personId === personId);
}
