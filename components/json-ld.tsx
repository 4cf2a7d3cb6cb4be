/**
 * Structured data for search engines. "<" is escaped so that no value (a quote, a name) can close the script
 * element: user text stays text.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }} />;
}
