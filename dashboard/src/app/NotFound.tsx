import { Link } from 'react-router';

export function NotFound() {
  return (
    <section className="py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-muted">
        There is no page at this address.{' '}
        <Link className="underline" to="/">
          Go to the overview
        </Link>
        .
      </p>
    </section>
  );
}
