import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-2xl font-bold text-brand-900">Halaman tidak ditemukan</h1>
      <p className="mt-3 text-slate-700">Alamat ini tidak ada di Catatan Paritrana Award. Mungkin tautannya salah ketik.</p>
      <p className="mt-6"><Link href="/" className="text-brand-700 underline underline-offset-2">Kembali ke beranda</Link></p>
    </main>
  );
}
