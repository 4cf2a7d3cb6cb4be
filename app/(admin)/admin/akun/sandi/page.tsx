import { requireEditor, currentUser } from "@/lib/auth/session";
import { changePasswordAction } from "@/app/(admin)/admin/akun/actions";
import { PasswordChangeForm } from "@/components/admin/account-forms";

export const instant = false;
export const metadata = { title: "Kata sandi" };

export default async function PasswordPage() {
  await requireEditor({ passwordChange: true });
  const user = await currentUser();
  return (
    <>
      <h1 className="text-2xl font-bold">Ganti kata sandi</h1>
      {user?.mustChangePassword && (
        <p role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Kata sandi ini diberikan admin. Pilih kata sandi Anda sendiri sebelum melanjutkan.
        </p>
      )}
      <p className="mt-2 text-slate-700">Sesi Anda yang lain diakhiri setelah kata sandi diganti.</p>
      <div className="mt-4 max-w-md rounded-lg border border-slate-200 bg-white p-4">
        <PasswordChangeForm serverAction={changePasswordAction} />
      </div>
    </>
  );
}
