import { useLocale, useTranslations } from "next-intl";
import { formatDay } from "@/lib/dates";
import type { Locale } from "@/i18n/routing";

/** The date a reader can trust for a source: its publication date, or else the date of the event it reports. */
export function SourceDate({ publishedAt, eventDate }: { publishedAt: string | null; eventDate: string | null }) {
  const t = useTranslations("citation");
  const locale = useLocale() as Locale;
  const day = publishedAt ?? eventDate;
  if (!day) return <>{t("noDate")}</>;
  return (
    <>
      {t(publishedAt ? "published" : "eventDate")} <time dateTime={day}>{formatDay(day, locale)}</time>
    </>
  );
}
