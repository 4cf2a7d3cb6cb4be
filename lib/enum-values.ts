/** Every value of one of the schema's enums (lib/generated/prisma/enums), as zod's `z.enum` takes them. */
export const enumValues = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];
