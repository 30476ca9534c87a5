/** /api/branches.json: every branch with its facts, its models' ids and the URLs of its pages. */
import { siteData } from '../../data/entries';
import { branchesApi } from '../../lib/open-data';

export async function GET(): Promise<Response> {
  const data = await siteData();
  return Response.json(branchesApi(data.branches, data.models));
}
