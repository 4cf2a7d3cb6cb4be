// An edition is a national round or a provincial round; keep in step with enum Level in schema.prisma.
export const LEVELS = ["national", "province"] as const;
export type LevelKey = (typeof LEVELS)[number];
