import { adminPaths } from "@/lib/paths";
import { confirmSecondFactorAction, startSecondFactorAction } from "@/app/(admin)/admin/akun/actions";
import { requireEditor, currentUser } from "@/lib/auth/session";
import { SecondFactorSetup } from "@/components/admin/second-factor-forms";

export const instant = false;
export const metadata = { title: "Verifikasi dua langkah" };

export default async function SecondFactorPage() {
  await requireEditor({ secondFactorSetup: true });
  const user = await currentUser();
  return (
    <>
      <h1 className="text-2xl font-bold">Verifikasi dua langkah</h1>
      {user?.twoFactorEnabled ? (
        <>
          <p role="status" className="mt-3 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
            Verifikasi dua langkah aktif: setiap kali masuk, Anda memasukkan kode dari aplikasi autentikator.
          </p>
          <p className="mt-3">
            <a href={adminPaths.home()} className="underline">
              Lanjut ke beranda admin
            </a>
          </p>
        </>
      ) : (
        <>
          <p
            role={user?.role === "admin" ? "alert" : undefined}
            className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950"
          >
            {user?.role === "admin"
              ? "Admin wajib memakai verifikasi dua langkah sebelum melanjutkan."
              : "Lindungi akun Anda dengan kode dari aplikasi autentikator."}
          </p>
          <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
            <SecondFactorSetup startAction={startSecondFactorAction} confirmAction={confirmSecondFactorAction} />
          </div>
        </>
      )}
    </>
  );
}
