import { createTranslator } from "next-intl";
import { categoryLabel, editionName, rankName, type Translate } from "@/i18n/format";
import { listRecentClaims, listRecentRecordChanges } from "@/lib/awards/queries";
import { atomFeed, type AtomEntry } from "@/lib/feed";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";
import messages from "@/messages/id.json";

// GET /feed.xml: new and corrected placings, and corrections to organisations and editions, newest first
// (Indonesian, as the site's default language). Prerendered from cached data and revalidated with the claims tag.
export async function GET() {
  const t = createTranslator({ locale: "id", messages }) as unknown as Translate;
  const [claims, recordChanges] = await Promise.all([listRecentClaims(), listRecentRecordChanges()]);

  const claimEntries: AtomEntry[] = claims.map((c) => {
    // A claim changed after it was recorded is a correction (its history says what changed).
    const corrected = Date.parse(c.updatedAt) - Date.parse(c.createdAt) > 1000;
    const label = c.retractedAt ? t("retracted.badge") : corrected ? t("feed.corrected") : null;
    const title = `${rankName(t, c.rank)} ${categoryLabel(c.category)}: ${c.organization?.name ?? t("claim.noName")}`;
    const evidence = c.citations.map((x) => `${x.source.publisher}: “${x.quote}”`).join(" ");
    return {
      id: absoluteUrl(paths.claim(c.id)),
      title: `${label ? `${label}: ` : ""}${title}`,
      link: absoluteUrl(paths.claim(c.id)),
      published: c.createdAt,
      updated: c.updatedAt,
      category: c.retractedAt ? "retracted" : corrected ? "corrected" : "new",
      summary: `${title} — ${editionName(t, c.edition, "id")}.${c.prize ? ` ${t("placing.prize")}: ${c.prize.text}.` : ""}${c.retractReason ? ` ${t("retracted.badge")}: ${c.retractReason}.` : ""} ${evidence}`,
    };
  });

  // Each change to an organisation or edition is its own entry, linked to its place in the page's history.
  const recordEntries: AtomEntry[] = recordChanges.map((c) => {
    const page = c.entityType === "organization" ? paths.organization(c.entityId) : paths.edition(c.entityId);
    const link = absoluteUrl(`${page}#${paths.changeAnchor(c.id)}`);
    const what = c.entityType === "organization" ? (c.name ?? c.entityId) : t("feed.edition", { id: c.entityId });
    const isNew = c.action === "create";
    return {
      id: link,
      title: `${isNew ? t("feed.new") : t("feed.corrected")}: ${what}`,
      link,
      published: c.createdAt,
      updated: c.createdAt,
      category: isNew ? "new" : "corrected",
      summary: `${what}. ${t("history.reason")} ${c.reason}`,
    };
  });

  const entries = [...claimEntries, ...recordEntries].sort((a, b) => b.updated.localeCompare(a.updated));
  const body = atomFeed({
    id: absoluteUrl("/feed.xml"),
    title: t("feed.title"),
    selfUrl: absoluteUrl("/feed.xml"),
    siteUrl: absoluteUrl("/"),
    lang: "id",
    updated: entries[0]?.updated ?? new Date(0).toISOString(),
    entries,
  });
  return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
