export const SEARCH_PAGE_PATH: string;
export const SEARCH_API_PATH: string;
export function isSearchResultsKey(key: string): boolean;
