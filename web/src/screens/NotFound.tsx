/** Shown for an unknown page and for anything outside the user's scope (the API answers 404 for both). */
export function NotFound({ what }: { what: string }) {
  return (
    <section aria-labelledby="not-found">
      <h1 id="not-found">Not found</h1>
      <p>{what} was not found, or is not yours to see.</p>
      <p>
        <a href="/">Back to your start page</a>
      </p>
    </section>
  );
}
