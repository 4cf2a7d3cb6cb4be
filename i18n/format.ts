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

/** "21 Juli 2025", or "(tanggal belum diketahui)" while no source gives the ceremony's date. */
export function ceremonyDay(t: Translate, e: Pick<EditionNaming, "ceremonyDate">, locale: Locale, withWeekday = false): string {
  return e.ceremonyDate ? formatDay(e.ceremonyDate, locale, withWeekday) : t("edition.dateUnknown");
}

/** "Upacara 21 Juli 2025", or, while no source gives the date, "“2020”, tanggal upacara belum diketahui". */
export function ceremonyText(t: Translate, e: Pick<EditionNaming, "ceremonyDate" | "yearLabel">, locale: Locale): string {
  return e.ceremonyDate
    ? t("edition.ceremony", { date: formatDay(e.ceremonyDate, locale) })
    : t("edition.ceremonyUnknown", { label: e.yearLabel });
}

/**
 * "Paritrana Award Tingkat Provinsi Nusa Tenggara Timur, Upacara 21 Juli 2025": the ceremony names the edition;
 * without a known date, its year label does (and says the date is unknown).
 */
export function editionName(t: Translate, e: EditionNaming, locale: Locale): string {
  return `Paritrana Award ${levelName(t, e)}, ${ceremonyText(t, e, locale)}`;
}

/** "Terbaik 1", or "Pemenang" for a winner the source names without a rank. */
export function rankName(t: Translate, rank: number | null): string {
  return rank === null ? t("placing.unranked") : t("placing.rank", { rank });
}

/** A category as its round names it: "Badan Usaha (sektor keuangan)". */
export function categoryLabel(c: { label: string; qualifier: string | null }): string {
  return c.qualifier ? `${c.label} (${c.qualifier})` : c.label;
}

/** What the other sources say instead, one sentence per disagreement, for the citation panel. */
export function disagreementSentences(
  t: Translate,
  disagreements: readonly Disagreement[],
  claims: readonly { id: string; rank: number | null; organization: { name: string } | null }[],
): string[] {
  return disagreements.map((d) => {
    const other = claims.find((c) => c.id === d.otherClaimId);
    return d.reason === "different_recipient"
      ? t("citation.differentRecipient", { name: other?.organization?.name ?? "?" })
      : t("citation.differentRank", { rank: rankName(t, other?.rank ?? null) });
  });
}
