import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/page-link";
import { categoryLabel } from "@/i18n/format";
import type { Locale } from "@/i18n/routing";
import { disagreementsOf } from "@/lib/awards/disagreements";
import type { CategoryView, CitationView, ClaimView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { CitationPanel } from "./citation-panel";
import { PlacingList } from "./placing-list";

/**
 * One edition's placings, category by category as this round names them (the source's words, with a zone or
 * sector), in the award's order; each category says which browsing group it belongs to.
 */
export function EditionPlacings({
  editionId,
  categories,
  claims,
  headingLevel = 3,
}: {
  editionId: string;
  categories: readonly (CategoryView & { citations?: readonly CitationView[] })[];
  claims: readonly ClaimView[];
  headingLevel?: 3 | 4;
}) {
  const t = useTranslations("edition");
  const locale = useLocale() as Locale;
  const disagreements = disagreementsOf(claims);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      {categories.map((cat) => {
        const own = claims.filter((c) => c.category.id === cat.id);
        if (own.length === 0) return null;
        const group = locale === "en" ? cat.nameEn : cat.nameId;
        return (
          <section key={cat.id} aria-labelledby={`${editionId}-${cat.id}`} className="mt-6" data-category={cat.id}>
            <Heading id={`${editionId}-${cat.id}`} className="text-lg font-semibold text-brand-800">
              <span lang="id">{categoryLabel(cat)}</span>
            </Heading>
            <p className="text-sm text-slate-600">
              <Link href={paths.category(cat.key)} className="underline underline-offset-2">
                {t("inGroup", { group })}
              </Link>
            </p>
            {cat.citations && cat.citations.length > 0 && <CitationPanel citations={cat.citations} subject={categoryLabel(cat)} />}
            <PlacingList claims={own} disagreements={disagreements} />
          </section>
        );
      })}
    </>
  );
}
