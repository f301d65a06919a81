export const CHROME_ARGS: string[];
export const HOW_TO_GET_ONE: string;
export function findChrome(): Promise<string | null>;
