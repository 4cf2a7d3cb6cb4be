// Text built from several messages, shared by pages (getTranslations) and components (useTranslations).
import { formatDay } from "@/lib/dates";
import type { EditionNaming } from "@/lib/awards/edition-names";
import type { Locale } from "./routing";

/** A root-namespace translator, as next-intl's getTranslations()/useTranslations() return. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "Tingkat Provinsi Nusa Tenggara Timur" / "Nusa Tenggara Timur province" / "Tingkat Nasional" */
export function levelName(t: Translate, e: Pick<EditionNaming, "level" | "province">): string {
  return e.level === "national" ? t("level.national") : t("level.province", { province: e.province?.name ?? "" });
}

/** "Paritrana Award Tingkat Provinsi Nusa Tenggara Timur, Upacara 21 Juli 2025": the ceremony names the edition. */
export function editionName(t: Translate, e: EditionNaming, locale: Locale): string {
  return `Paritrana Award ${levelName(t, e)}, ${t("edition.ceremony", { date: formatDay(e.ceremonyDate, locale) })}`;
}
