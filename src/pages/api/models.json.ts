/** /api/models.json: every model's facts (as validated) with the URLs of its pages. */
import { siteData } from '../../data/entries';
import { modelsApi } from '../../lib/open-data';

export async function GET(): Promise<Response> {
  const data = await siteData();
  return Response.json(modelsApi(data.models));
}
