import { formatDay } from "@/lib/dates";

/** The date a reader can trust for a source: its publication date, or else the date of the event it reports. */
export function SourceDate({ publishedAt, eventDate }: { publishedAt: string | null; eventDate: string | null }) {
  if (publishedAt) return <>terbit <time dateTime={publishedAt}>{formatDay(publishedAt)}</time></>;
  if (eventDate) return <>tanggal acara <time dateTime={eventDate}>{formatDay(eventDate)}</time></>;
  return <>tanpa tanggal</>;
}
