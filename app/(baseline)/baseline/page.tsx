export default function BaselinePage() {
  return <p>ok</p>;
}
