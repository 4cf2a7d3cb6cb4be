// The smallest page Next can serve, kept as a baseline for `npm run bench` (and usable as a health check):
// a root layout of its own, no data, no locale.
export const metadata = { robots: { index: false } };

export default function BaselineLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
