export default function Page() {
  return <p>ceiling</p>;
}
