export async function seedVitalityDemo(_ctx: unknown) {
  return {};
}
