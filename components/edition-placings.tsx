import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { CATEGORIES, categoryName } from "@/lib/awards/categories";
import { findDisagreements } from "@/lib/awards/disagreements";
import type { ClaimView } from "@/lib/awards/selects";
import { paths } from "@/lib/paths";
import { PlacingList } from "./placing-list";

/** One edition's placings, category by category in the award's order; categories without data are named. */
export function EditionPlacings({ editionId, claims, headingLevel = 3 }: { editionId: string; claims: readonly ClaimView[]; headingLevel?: 3 | 4 }) {
  const t = useTranslations("edition");
  const locale = useLocale() as Locale;
  const disagreements = findDisagreements(claims.map((c) => ({ id: c.id, editionId, categoryKey: c.category.key, rank: c.rank, organizationId: c.organization?.id ?? null })));
  const categories = CATEGORIES.map((cat) => ({ key: cat.key, claims: claims.filter((c) => c.category.key === cat.key) }));
  const withoutData = categories.filter((c) => c.claims.length === 0);
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      {categories.filter((c) => c.claims.length > 0).map((cat) => (
        <section key={cat.key} aria-labelledby={`${editionId}-${cat.key}`} className="mt-6">
          <Heading id={`${editionId}-${cat.key}`} className="text-lg font-semibold text-brand-800">
            <Link href={paths.category(cat.key)} className="hover:underline">{categoryName(cat.key, locale)}</Link>
          </Heading>
          <PlacingList claims={cat.claims} disagreements={disagreements} />
        </section>
      ))}
      {withoutData.length > 0 && (
        <p className="mt-6 text-sm text-slate-600">{t("noDataFor", { categories: withoutData.map((c) => categoryName(c.key, locale)).join(", ") })}</p>
      )}
    </>
  );
}
