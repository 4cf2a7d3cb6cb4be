// Text built from several messages, shared by pages (getTranslations) and components (useTranslations).
import { formatDay } from "@/lib/dates";
import type { EditionNaming } from "@/lib/awards/edition-names";
import type { Disagreement } from "@/lib/awards/disagreements";
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

/** What the other sources say instead, one sentence per disagreement, for the citation panel. */
export function disagreementSentences(t: Translate, disagreements: readonly Disagreement[], claims: readonly { id: string; rank: number; organization: { name: string } | null }[]): string[] {
  return disagreements.map((d) => {
    const other = claims.find((c) => c.id === d.otherClaimId);
    return d.reason === "different_recipient"
      ? t("citation.differentRecipient", { name: other?.organization?.name ?? "?" })
      : t("citation.differentRank", { rank: t("placing.rank", { rank: other?.rank ?? 0 }) });
  });
}
