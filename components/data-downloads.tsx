import { useTranslations } from "next-intl";

/** CSV and JSON of exactly the placings the page shows: the API with the page's own filter. */
export function DataDownloads({ query }: { query: Record<string, string> }) {
  const t = useTranslations("downloads");
  const params = new URLSearchParams(query);
  const json = `/api/v1/claims?${params}`;
  params.set("format", "csv");
  const csv = `/api/v1/claims?${params}`;
  return (
    <p className="text-sm text-slate-700">
      {t("label")}{" "}
      <a href={csv} className="font-medium text-brand-700 underline underline-offset-2" download>
        CSV
      </a>
      {" · "}
      <a href={json} className="font-medium text-brand-700 underline underline-offset-2" type="application/json">
        JSON
      </a>
    </p>
  );
}
