import Link from "next/link";
import type { Metadata } from "next";
import { listEditions } from "@/lib/awards/queries";
import { editionLevelName, editionsSharingALabel } from "@/lib/awards/edition-names";
import { formatDay } from "@/lib/dates";
import { paths } from "@/lib/paths";

export const metadata: Metadata = {
  title: { absolute: "Catatan Paritrana Award — siapa meraih apa, menurut siapa" },
  alternates: { canonical: "/" },
};

export default async function HomePage() {
  const editions = await listEditions();
  return (
    <>
      <section className="max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight text-brand-900 sm:text-4xl">Catatan Paritrana Award</h1>
        <p className="mt-3 text-lg text-slate-700">
          Paritrana Award (Penghargaan Jaminan Sosial Ketenagakerjaan) diberikan kepada pemerintah daerah, desa dan
          pelaku usaha yang melindungi pekerja dengan BPJS Ketenagakerjaan. Di sini setiap peringkat tercatat bersama
          sumbernya: artikel mana, media apa, tanggal berapa, dan kutipan persisnya.
        </p>
      </section>

      <section aria-labelledby="edisi" className="mt-10">
        <h2 id="edisi" className="text-xl font-semibold">Edisi</h2>
        <p className="mt-1 text-sm text-slate-600">
          Satu edisi adalah satu upacara penganugerahan. Label tahun dari sumber tidak selalu sama dengan tahun upacara,
          jadi setiap edisi ditandai dengan tanggal upacaranya.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {editions.map((e) => {
            const shared = editionsSharingALabel(e, editions);
            return (
              <li key={e.id} className="rounded-lg border border-slate-200 p-4 shadow-sm">
                <h3 className="font-semibold">
                  <Link href={paths.edition(e.id)} className="text-brand-800 underline underline-offset-2">
                    Upacara {formatDay(e.ceremonyDate)}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">{editionLevelName(e)}</p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-500">Disebut</dt>
                  <dd>{e.yearLabels.map((l) => `“Paritrana Award ${l}”`).join(", ")}</dd>
                  {e.assessmentPeriod && (
                    <>
                      <dt className="text-slate-500">Periode</dt>
                      <dd>{e.assessmentPeriod}</dd>
                    </>
                  )}
                  {e.venue && (
                    <>
                      <dt className="text-slate-500">Tempat</dt>
                      <dd>{e.venue}</dd>
                    </>
                  )}
                  <dt className="text-slate-500">Tercatat</dt>
                  <dd>
                    {e.placingCount} peringkat dari {e.sourceCount} sumber
                  </dd>
                </dl>
                {shared.map((s) => (
                  <p key={s.edition.id} className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
                    Label “{s.labels.join("”, “")}” juga dipakai untuk upacara {formatDay(s.edition.ceremonyDate)}: dua upacara berbeda.
                  </p>
                ))}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
