import { useTranslations } from "next-intl";
import { Link } from "@/components/page-link";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div className="max-w-3xl py-8">
      <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline underline-offset-2">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
