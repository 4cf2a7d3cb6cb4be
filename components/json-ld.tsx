/**
 * Structured data for search engines. "<" is escaped so that no value (a quote, a name) can close the script
 * element: user text stays text.
 */
export function JsonLd({ data }: { data: object }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: JSON, with "<" escaped (above): no value can end the element
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
