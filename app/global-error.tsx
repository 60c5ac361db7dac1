"use client";

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main style={{ maxWidth: 560, margin: "4rem auto", padding: "0 1rem", fontFamily: "system-ui" }}>
          <h1>Something went wrong</h1>
          <p>Kinetic Chart could not show this page.{error.digest ? ` Reference ${error.digest}.` : ""}</p>
        </main>
      </body>
    </html>
  );
}
