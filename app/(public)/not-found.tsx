import Link from "next/link";

// Public pages have no reader language (they are cached for everyone), so this page speaks both.
export default function PublicNotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-blue-800">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900">
        <span lang="nl">Niet gevonden</span>
        <span className="text-slate-400"> · </span>
        <span lang="en">Not found</span>
      </h1>
      <p lang="nl" className="mt-6 text-slate-700">
        Deze pagina bestaat niet (meer). Controleer de link, of vraag de verwerker om het juiste adres van de overeenkomst.
      </p>
      <p lang="en" className="mt-3 text-slate-500">
        This page does not exist (any more). Check the link, or ask the processor for the right address of the agreement.
      </p>
      <Link
        href="/"
        className="mt-8 inline-flex items-center justify-center rounded-md bg-blue-800 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-blue-900"
      >
        Verwerkersovereenkomst
      </Link>
    </main>
  );
}
