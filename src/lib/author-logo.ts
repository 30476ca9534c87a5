/** Author logos are copied from content/authors/ to /authors/logos/ by an endpoint; this is their URL. */
import { basePath } from './urls';

export function authorLogoUrl(_authorId: string, logoFile: string): string {
  return `${basePath()}authors/logos/${logoFile}`;
}
