import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Locale-aware Link: in English it prefixes /en, in Indonesian it leaves the path as is.
export const { Link, redirect, usePathname, getPathname } = createNavigation(routing);
