export function recordRendered(pathname: string, expireSeconds: number): void;
export function forgetRendered(): void;
export function isRendered(pathname: string): boolean;
