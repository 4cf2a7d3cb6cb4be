"use client";

import { ErrorNotice } from "@/components/error-notice";

/** An admin page that fails: the admin frame stays; the admin is in Indonesian. */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice locale="id" digest={error.digest} retry={reset} />;
}
