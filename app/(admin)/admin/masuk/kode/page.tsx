import { adminPaths } from "@/lib/paths";
import { verifySignInCodeAction } from "@/app/(admin)/admin/masuk/actions";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { SignInCodeForm } from "@/components/admin/second-factor-forms";

export const instant = false;
export const metadata = { title: "Kode masuk" };

export default async function SignInCodePage() {
  if (await currentUser()) redirect(adminPaths.home());
  return (
    <>
      <h1 className="text-2xl font-bold">Kode masuk</h1>
      <p className="mb-4 mt-1 text-slate-700">Kata sandi Anda benar. Tulis kode dari aplikasi autentikator Anda.</p>
      <SignInCodeForm serverAction={verifySignInCodeAction} />
    </>
  );
}
