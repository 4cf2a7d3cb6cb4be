import { useTranslations } from "next-intl";

export function StatusBadge({ status, inferences }: { status: "stated" | "inferred"; inferences: readonly string[] }) {
  const t = useTranslations("status");
  if (status === "stated") return <span className="badge badge-stated">{t("stated")}</span>;
  return (
    <span className="badge badge-inferred">
      {t("inferred")}: {inferences.map((i) => t(i as "rank_from_order")).join(", ")}
    </span>
  );
}
