"use client";

import { useParams } from "next/navigation";
import { ErrorNotice } from "@/components/error-notice";
import "./globals.css";

/** A failure in a root layout itself: the whole document is replaced, so this one writes its own html and body. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const lang = params?.locale === "en" ? "en" : "id";
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-white px-4 font-sans text-slate-900 antialiased">
        <main className="mx-auto max-w-5xl">
          <ErrorNotice locale={lang} digest={error.digest} retry={reset} />
        </main>
      </body>
    </html>
  );
}
