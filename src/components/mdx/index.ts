/**
 * The components an article may use without importing them. Passed to every rendered
 * MDX entry, so contributors write <Metric .../> and never an import line.
 */
import Metric from './Metric.astro';
import Params from './Params.astro';
import ModelLink from './ModelLink.astro';
import PaperRef from './PaperRef.astro';
import CompareTable from './CompareTable.astro';
import Stages from './Stages.astro';
import Chart from '../Chart.astro';
import CompetitionTable from '../CompetitionTable.astro';

export const articleComponents = { Metric, Params, ModelLink, PaperRef, CompareTable, Stages, Chart, CompetitionTable };
