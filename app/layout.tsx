import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Paritrana Award — siapa meraih apa, menurut siapa", template: "%s · Catatan Paritrana Award" },
  description:
    "Catatan publik pemenang Paritrana Award (Penghargaan Jaminan Sosial Ketenagakerjaan): setiap peringkat dengan sumber berita dan kutipan persisnya.",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="id">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
