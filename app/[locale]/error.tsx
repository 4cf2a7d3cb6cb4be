"use client";

import { useParams } from "next/navigation";
import { ErrorNotice } from "@/components/error-notice";

/** A public page that fails: the site's frame stays, the notice is in the page's language. */
export default function PublicError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  return <ErrorNotice locale={params?.locale} digest={error.digest} retry={reset} />;
}
