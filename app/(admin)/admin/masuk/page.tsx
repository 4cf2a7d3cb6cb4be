import { adminPaths } from "@/lib/paths";
import { signInAction } from "@/app/(admin)/admin/masuk/actions";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInForm } from "@/components/admin/sign-in-form";

// Reads the session on every request (no static shell to prerender).
export const instant = false;
export const metadata = { title: "Masuk" };

export default async function SignInPage() {
  if (await currentUser()) redirect(adminPaths.home());
  return (
    <>
      <h1 className="text-2xl font-bold">Masuk</h1>
      <p className="mb-4 mt-1 text-slate-700">Untuk editor dan admin. Tidak ada pendaftaran terbuka.</p>
      <SignInForm serverAction={signInAction} />
    </>
  );
}
