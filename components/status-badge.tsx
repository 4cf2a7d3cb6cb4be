import { useTranslations } from "next-intl";

export function StatusBadge({ status, inferences }: { status: "stated" | "inferred"; inferences: readonly string[] }) {
  const t = useTranslations("status");
  if (status === "stated") {
    return <span className="inline-block rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200">{t("stated")}</span>;
  }
  return (
    <span className="inline-block rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
      {t("inferred")}: {inferences.map((i) => t(i as "rank_from_order")).join(", ")}
    </span>
  );
}
