import { requireEditor } from "@/lib/auth/session";
import {
  createAccountAction,
  resetPasswordAction,
  setDisabledAction,
  setRoleAction,
  unlockSignInAction,
} from "@/app/(admin)/admin/akun/actions";
import { listAccounts } from "@/lib/admin/accounts";
import { AccountAdminForms, AccountForm, RoleForm } from "@/components/admin/account-forms";

export const instant = false;
export const metadata = { title: "Akun" };

export default async function AccountsPage() {
  const user = await requireEditor();
  if (user.role !== "admin") {
    return (
      <>
        <h1 className="text-2xl font-bold">Akun</h1>
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          Hanya admin yang dapat mengelola akun.
        </p>
      </>
    );
  }
  const accounts = await listAccounts(user);
  return (
    <>
      <h1 className="text-2xl font-bold">Akun</h1>
      <ul className="mt-4 space-y-3">
        {accounts.map((a) => (
          <li key={a.id} className="rounded-md border border-slate-200 bg-white p-3">
            <p className="font-medium">
              {a.name}{" "}
              <span className="font-normal text-slate-600">
                {a.email} · {a.role} · {a._count.changes} perubahan · {a._count.sessions} sesi
              </span>
              {a.disabledAt && <span className="ml-2 rounded bg-red-100 px-1 text-sm text-red-900">nonaktif</span>}
              {a.mustChangePassword && (
                <span className="ml-2 rounded bg-amber-100 px-1 text-sm text-amber-900">harus mengganti kata sandi</span>
              )}
              <span className="ml-2 text-sm text-slate-600">{a.twoFactorEnabled ? "dua langkah aktif" : "tanpa dua langkah"}</span>
            </p>
            <RoleForm serverAction={setRoleAction} userId={a.id} role={a.role} email={a.email} />
            {a.id !== user.id && (
              <AccountAdminForms
                resetPassword={resetPasswordAction}
                setDisabled={setDisabledAction}
                unlockSignIn={unlockSignInAction}
                userId={a.id}
                email={a.email}
                disabled={Boolean(a.disabledAt)}
              />
            )}
          </li>
        ))}
      </ul>
      <section aria-labelledby="baru" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="baru" className="text-lg font-semibold">
          Akun baru
        </h2>
        <AccountForm serverAction={createAccountAction} />
      </section>
    </>
  );
}
