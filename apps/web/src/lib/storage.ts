/** localStorage keys (namespaced so several apps on localhost do not collide). */
const LANGUAGE_KEY = 'inzetbaar.language';
const ORGANIZATION_KEY = 'inzetbaar.organizationId';

const read = (key: string): string | null => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
};

const write = (key: string, value: string | null): void => {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the choice then lasts for this page load only.
  }
};

export const getStoredLanguage = (): string | null => read(LANGUAGE_KEY);
export const setStoredLanguage = (language: string): void => write(LANGUAGE_KEY, language);
export const getStoredOrganizationId = (): string | null => read(ORGANIZATION_KEY);
export const setStoredOrganizationId = (id: string | null): void => write(ORGANIZATION_KEY, id);
