/** A quote with the recipient's name, as the source wrote it, marked. */
export function QuoteText({ quote, mark }: { quote: string; mark?: string | null }) {
  const at = mark ? quote.indexOf(mark) : -1;
  if (!mark || at === -1) return <>{quote}</>;
  return (
    <>
      {quote.slice(0, at)}
      <mark>{mark}</mark>
      {quote.slice(at + mark.length)}
    </>
  );
}
