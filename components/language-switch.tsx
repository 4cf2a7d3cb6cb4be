"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * The same page in the other language. The path is read in the browser (and at prerender time, where it still
 * carries the internal /id prefix, which is stripped), so the link stays right on every page with no server work.
 * The query (a search's ?q=) is added once in the browser: prerendered pages cannot know it, and a reader who
 * switches language keeps their search.
 */
export function LanguageSwitch({ target, label }: { target: string; label: string }) {
  const rest = (usePathname() ?? "/").replace(/^\/(id|en)(?=\/|$)/, "") || "/";
  const [query, setQuery] = useState("");
  useEffect(() => setQuery(window.location.search), []);
  const href = (target === "en" ? (rest === "/" ? "/en" : `/en${rest}`) : rest) + query;
  return (
    <a
      href={href}
      hrefLang={target}
      lang={target}
      className="rounded border border-white/40 px-2 py-0.5 underline-offset-4 hover:underline"
    >
      {label}
    </a>
  );
}
