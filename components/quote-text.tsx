/** A quote with the recipient's name, as the source wrote it, marked. */
export function QuoteText({ quote, mark }: { quote: string; mark?: string | null }) {
  const at = mark ? quote.indexOf(mark) : -1;
  if (!mark || at === -1) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, at)}
      <mark className="rounded bg-amber-100 px-0.5 text-slate-900">{mark}</mark>
      {quote.slice(at + mark.length)}
    </>
  );
}
