import { createTranslator } from "next-intl";
import { editionName, type Translate } from "@/i18n/format";
import { categoryName } from "@/lib/awards/categories";
import { listRecentClaims } from "@/lib/awards/queries";
import { atomFeed } from "@/lib/feed";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/site-url";
import messages from "@/messages/id.json";

// GET /feed.xml: new and corrected placings, newest change first (Indonesian, as the site's default language).
// Prerendered from cached data and revalidated with the claims tag.
export async function GET() {
  const t = createTranslator({ locale: "id", messages }) as unknown as Translate;
  const claims = await listRecentClaims();
  const body = atomFeed({
    id: absoluteUrl("/feed.xml"),
    title: t("feed.title"),
    selfUrl: absoluteUrl("/feed.xml"),
    siteUrl: absoluteUrl("/"),
    lang: "id",
    updated: claims[0]?.updatedAt ?? new Date(0).toISOString(),
    entries: claims.map((c) => {
      // A claim changed after it was recorded is a correction (its history says what changed).
      const corrected = Date.parse(c.updatedAt) - Date.parse(c.createdAt) > 1000;
      const label = c.retractedAt ? t("retracted.badge") : corrected ? t("feed.corrected") : null;
      const title = `${t("placing.rank", { rank: c.rank })} ${categoryName(c.category.key, "id")}: ${c.organization?.name ?? t("claim.noName")}`;
      const evidence = c.citations.map((x) => `${x.source.publisher}: “${x.quote}”`).join(" ");
      return {
        id: absoluteUrl(paths.claim(c.id)),
        title: `${label ? `${label}: ` : ""}${title}`,
        link: absoluteUrl(paths.claim(c.id)),
        published: c.createdAt,
        updated: c.updatedAt,
        category: c.retractedAt ? "retracted" : corrected ? "corrected" : "new",
        summary: `${title} — ${editionName(t, c.edition, "id")}.${c.retractReason ? ` ${t("retracted.badge")}: ${c.retractReason}.` : ""} ${evidence}`,
      };
    }),
  });
  return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
