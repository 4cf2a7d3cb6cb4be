import { useLocale, useTranslations } from "next-intl";
import { localizedPath, type Locale } from "@/i18n/routing";
import { paths } from "@/lib/paths";

/** A plain GET form: works without JavaScript, and the results page is shareable by its URL. */
export function SearchBox({ defaultValue = "" }: { defaultValue?: string }) {
  const t = useTranslations("search");
  const locale = useLocale() as Locale;
  return (
    // biome-ignore lint/a11y/useSemanticElements: the <search> element is not yet announced by every screen reader; a form with role="search" is
    <form role="search" action={localizedPath(locale, paths.search())} method="get" className="mt-2 flex gap-2">
      <label htmlFor="q" className="sr-only">
        {t("label")}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={t("placeholder")}
        className="min-w-0 flex-1 rounded-md border border-slate-400 px-3 py-2 text-base"
        autoComplete="off"
      />
      <button type="submit" className="rounded-md bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
        {t("submit")}
      </button>
    </form>
  );
}
