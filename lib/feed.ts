// Atom 1.0 (RFC 4287), written by hand: a handful of elements, every text escaped.

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF): dropped. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it must find
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export type AtomEntry = { id: string; title: string; link: string; published: string; updated: string; summary: string; category: string };

export function atomFeed(feed: {
  id: string;
  title: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  lang: string;
  entries: AtomEntry[];
}): string {
  const e = xmlEscape;
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.lang)}">
  <id>${e(feed.id)}</id>
  <title>${e(feed.title)}</title>
  <updated>${e(feed.updated)}</updated>
  <link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${e(feed.siteUrl)}"/>
${feed.entries
  .map(
    (x) => `  <entry>
    <id>${e(x.id)}</id>
    <title>${e(x.title)}</title>
    <link rel="alternate" type="text/html" href="${e(x.link)}"/>
    <published>${e(x.published)}</published>
    <updated>${e(x.updated)}</updated>
    <category term="${e(x.category)}"/>
    <author><name>Catatan Paritrana Award</name></author>
    <summary type="text">${e(x.summary)}</summary>
  </entry>`,
  )
  .join("\n")}
</feed>
`;
}
