export const RETRY_AFTER_SECONDS: number;
export function isEnglishPath(pathname: string): boolean;
export function plainPage(english: boolean, title: string, text: string): string;
export function unavailablePage(english: boolean): string;
export const UNAVAILABLE_API_MESSAGE: string;
export function unavailableApiBody(): string;
