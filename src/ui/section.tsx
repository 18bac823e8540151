import type { ComponentChildren } from 'preact';

/** A page section named by its h2, so screen readers list it as a region with that name. */
export function LabelledSection({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <section class="kern-stack" aria-labelledby={id}>
      <h2 class="kern-heading-medium" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}
