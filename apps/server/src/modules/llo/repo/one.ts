/** The single row an INSERT … RETURNING gave back. */
export const one = <T>(rows: T[]): T => {
  const [row] = rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
};
