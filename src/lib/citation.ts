/** A human-readable citation from a paper record ("He, Zhang, Ren and Sun" / "LeCun et al."). */
import type { Paper } from '../schemas/paper';

export function formatCitation(paper: Paper): { authors: string } {
  const families = paper.authors.map((a) => a.split(/\s+/).pop() ?? a);
  const authors =
    families.length > 4 ? `${families[0]} et al.` : families.length > 1 ? `${families.slice(0, -1).join(', ')} & ${families.at(-1)}` : families[0]!;
  return { authors };
}

/** "CVPR 2016" stays as written; "Proceedings of the IEEE" becomes "Proceedings of the IEEE, 1998". */
export function venueWithYear(paper: Paper): string {
  return paper.venue.includes(String(paper.year)) ? paper.venue : `${paper.venue}, ${paper.year}`;
}

/** ", pp. 2204–2212" for a paper cited by its pages, else nothing. */
export function pagesSuffix(paper: Paper): string {
  return paper.pages ? `, pp. ${paper.pages}` : '';
}
