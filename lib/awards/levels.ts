// An edition is a national round or a provincial round: the schema's enum Level.
import { enumValues } from "../enum-values";
import { Level } from "../generated/prisma/enums";

export const LEVELS = enumValues(Level);
export type LevelKey = Level;
