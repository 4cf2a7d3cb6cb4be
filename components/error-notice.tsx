"use client";

import texts from "@/messages/errors.json";

type Lang = keyof typeof texts;

/**
 * What a reader sees when a page fails: in the reader's language (the route's locale; Indonesian elsewhere), a way
 * to try again and a way home, and the error's digest (the server's log line for it), never its message. Its
 * texts are messages/errors.json, a file of their own, so that the error boundary does not carry every label.
 */
export function ErrorNotice({ locale, digest, retry }: { locale: string | undefined; digest?: string; retry: () => void }) {
  const lang: Lang = locale === "en" ? "en" : "id";
  const t = texts[lang];
  return (
    <div className="max-w-3xl py-8" role="alert">
      <h1 className="text-2xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-3 text-slate-700">{t.body}</p>
      <p className="mt-6 flex flex-wrap gap-4">
        <button type="button" onClick={retry} className="rounded bg-brand-700 px-3 py-1.5 text-white">
          {t.retry}
        </button>
        <a href={lang === "en" ? "/en" : "/"} className="text-brand-700 underline underline-offset-2">
          {t.home}
        </a>
      </p>
      {digest && (
        <p className="mt-6 text-xs text-slate-500">
          {t.code}: <code>{digest}</code>
        </p>
      )}
    </div>
  );
}
