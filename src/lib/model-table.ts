/**
 * Comparison tables generated from model entries: one row per model, one cell per
 * column id. Tables in articles (<CompareTable>), on branch pages and the model index
 * all come from here, so no number is ever typed into a table by hand.
 */
import type { Locale } from './i18n';
import type { MetricKind } from './metric-kinds';
import { METRIC_INFO, METRIC_KINDS } from './metric-kinds';
import { formatCompact, formatDatasetSplit, formatInteger, formatMetricValue, formatSetting } from './format';
import { diagramVariant, headlineMetric, paramsOf, representativeMetric, variantNameOf, type ModelEntry } from './models';
import { summarizeArchitecture } from './architecture';

const FIXED_COLUMNS = [
  'name', 'branch', 'year', 'date', 'venue', 'team', 'params', 'headline', 'layers', 'conv-layers', 'kernel-sizes', 'fc-layers',
  'fc-sizes', 'dropout', 'lrn', 'batch-norm', 'inception', 'augmentation',
  'output-size', 'condition', 'training-data', 'links',
] as const;
/** Every column a table may show: the fixed ones, and one per metric kind (its representative value). */
export const COLUMN_IDS = [...FIXED_COLUMNS, ...METRIC_KINDS] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

const isMetricColumn = (column: ColumnId): column is MetricKind => (METRIC_KINDS as readonly string[]).includes(column);

export interface Cell {
  text: string;
  /** A machine-sortable value (number or string) for the index's sort script. */
  sort?: string | number;
  href?: string;
  /** Extra links shown in the cell (paper, code). */
  links?: { href: string; label: string }[];
  /** A short note on the setting, shown under the value. */
  note?: string;
  /** The entry records no value for this column: the cell shows a dash (a card leaves it out). */
  empty?: true;
}

const HEADERS: Record<(typeof FIXED_COLUMNS)[number], Record<Locale, string>> = {
  name: { zh: '模型', en: 'Model' },
  branch: { zh: '分支', en: 'Branch' },
  year: { zh: '年份', en: 'Year' },
  date: { zh: '首次公开', en: 'First public' },
  venue: { zh: '发表于', en: 'Venue' },
  team: { zh: '团队', en: 'Team' },
  params: { zh: '参数量', en: 'Parameters' },
  headline: { zh: '代表结果', en: 'Headline result' },
  layers: { zh: '带权层数', en: 'Weighted layers' },
  'conv-layers': { zh: '卷积层', en: 'Conv layers' },
  'kernel-sizes': { zh: '卷积核尺寸', en: 'Kernel sizes' },
  'fc-layers': { zh: '全连接层', en: 'FC layers' },
  'fc-sizes': { zh: '全连接层宽度', en: 'FC sizes' },
  dropout: { zh: 'Dropout', en: 'Dropout' },
  lrn: { zh: 'LRN', en: 'LRN' },
  'batch-norm': { zh: '批归一化', en: 'Batch norm' },
  inception: { zh: 'Inception 模块', en: 'Inception module' },
  augmentation: { zh: '数据增强', en: 'Data augmentation' },
  'output-size': { zh: '最大输出尺寸', en: 'Largest output' },
  condition: { zh: '生成条件', en: 'Condition' },
  'training-data': { zh: '训练数据', en: 'Training data' },
  links: { zh: '链接', en: 'Links' },
};

/**
 * Columns whose values say what they are: a name, a branch, a year, a headline result (which
 * names its metric), links. Where a table's rows are drawn as cards (the model index on a
 * phone), every other value is shown after its column's heading ("Parameters 61M"): out of
 * its column, "61M" alone says nothing.
 */
const SELF_NAMING_COLUMNS: readonly ColumnId[] = ['name', 'branch', 'year', 'headline', 'links'];
export const namesItself = (column: ColumnId): boolean => SELF_NAMING_COLUMNS.includes(column);

/** A column's heading; a metric column is named as its metric kind is. */
export function columnHeader(column: ColumnId, locale: Locale): string {
  return (isMetricColumn(column) ? METRIC_INFO[column] : HEADERS[column])[locale];
}

export interface TableContext {
  locale: Locale;
  branchName: (id: string) => string;
  datasetName: (id: string) => string;
  modelHref: (id: string) => string;
}

const dash: Cell = { text: '–', empty: true };

const CONDITIONS: Record<NonNullable<ModelEntry['data']['samples']>['condition'], Record<Locale, string>> = {
  none: { zh: '无条件', en: 'unconditional' },
  class: { zh: '类别标签', en: 'class label' },
  text: { zh: '文本', en: 'text' },
  image: { zh: '输入图像', en: 'input image' },
};
const yesNo = (value: boolean | undefined, locale: Locale): Cell =>
  value === undefined ? dash : { text: value ? (locale === 'zh' ? '是' : 'yes') : locale === 'zh' ? '否' : 'no', sort: value ? 1 : 0 };

function metricCell(entry: ModelEntry, kind: MetricKind, ctx: TableContext): Cell {
  const metric = representativeMetric(entry, kind);
  if (!metric) return dash;
  // The setting in the page's language ("ImageNet 验证集，单裁剪"), as metric tables write it.
  const note = formatSetting(metric, ctx.datasetName(metric.dataset), ctx.locale, variantNameOf(entry, metric));
  return { text: formatMetricValue(metric), sort: metric.value, note };
}

/** The architecture summary of the entry's representative variant, if any has a spec. */
function summary(entry: ModelEntry) {
  const chosen = diagramVariant(entry);
  return chosen?.architecture ? summarizeArchitecture(chosen.architecture) : undefined;
}

export function cellFor(entry: ModelEntry, column: ColumnId, ctx: TableContext): Cell {
  if (isMetricColumn(column)) return metricCell(entry, column, ctx);
  const { data } = entry;
  const { locale } = ctx;
  switch (column) {
    case 'name':
      return { text: data.names[locale], sort: data.names.en.toLowerCase(), href: ctx.modelHref(entry.id) };
    case 'branch':
      return { text: ctx.branchName(data.branch), sort: data.branch };
    case 'year':
      return { text: String(data.year), sort: data.year };
    case 'date':
      return { text: data.date ?? String(data.year), sort: data.date ?? String(data.year) };
    case 'venue':
      return { text: `${data.paper.venue} ${data.paper.year}`, sort: data.paper.year };
    case 'team':
      return data.team ? { text: data.team[locale] } : dash;
    case 'params': {
      const count = paramsOf(entry);
      return count ? { text: formatCompact(count.value), sort: count.value, note: formatInteger(count.value, locale) } : dash;
    }
    case 'headline': {
      const metric = headlineMetric(entry);
      if (!metric) return dash;
      return {
        text: `${METRIC_INFO[metric.metric][locale]} ${formatMetricValue(metric)}`,
        sort: metric.value,
        // Data set and split only: the index's rows stay a few words a line on a phone.
        note: formatDatasetSplit(metric, ctx.datasetName(metric.dataset), locale),
      };
    }
    case 'augmentation':
      return yesNo(data.training?.augmentation, locale);
    case 'output-size':
      return data.samples ? { text: data.samples.size.join('×'), sort: data.samples.size[0] * data.samples.size[1] } : dash;
    case 'condition':
      return data.samples ? { text: CONDITIONS[data.samples.condition][locale], sort: data.samples.condition } : dash;
    case 'training-data':
      return data.samples ? { text: data.samples.data[locale] } : dash;
    case 'links':
      return {
        text: '',
        links: [
          { href: data.paper.url, label: locale === 'zh' ? '论文' : 'paper' },
          ...data.code.filter((c) => c.official).slice(0, 1).map((c) => ({ href: c.url, label: locale === 'zh' ? '官方代码' : 'code' })),
        ],
      };
    default: {
      const s = summary(entry);
      if (!s) return dash;
      switch (column) {
        case 'layers': return { text: String(s.weightedLayers), sort: s.weightedLayers };
        case 'conv-layers': return { text: String(s.convLayers), sort: s.convLayers };
        case 'kernel-sizes': return { text: s.kernelSizes.map((k) => `${k}×${k}`).join(', ') };
        case 'fc-layers': return { text: String(s.fcLayers), sort: s.fcLayers };
        case 'fc-sizes': return s.fcSizes.length ? { text: s.fcSizes.map((n) => formatInteger(n, locale)).join(', ') } : dash;
        case 'dropout': return yesNo(s.hasDropout, locale);
        case 'lrn': return yesNo(s.hasLRN, locale);
        case 'batch-norm': return yesNo(s.hasBatchNorm, locale);
        case 'inception': return yesNo(s.hasInception, locale);
      }
    }
  }
}

export interface ModelTable {
  headers: { id: ColumnId; label: string }[];
  rows: { id: string; branch: string; year: number; cells: Cell[] }[];
}

/**
 * The columns of an article's comparison table: its rows are models, so the model's name
 * leads each row even where the writer listed only values (a row of a year and numbers says
 * nothing on its own).
 */
export function compareColumns(columns: ColumnId[]): ColumnId[] {
  return columns.includes('name') ? columns : ['name', ...columns];
}

/** Builds the table; an unknown model id is an error naming it. */
export function buildModelTable(models: ModelEntry[], ids: string[], columns: ColumnId[], ctx: TableContext): ModelTable {
  const byId = new Map(models.map((m) => [m.id, m]));
  const bad = columns.filter((c) => !COLUMN_IDS.includes(c));
  if (bad.length) throw new Error(`<CompareTable> columns: unknown ${bad.join(', ')} (expected any of: ${COLUMN_IDS.join(', ')})`);
  const rows = ids.map((id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`<CompareTable> models: no model "${id}" in content/models/`);
    return { id, branch: entry.data.branch, year: entry.data.year, cells: columns.map((c) => cellFor(entry, c, ctx)) };
  });
  return { headers: columns.map((id) => ({ id, label: columnHeader(id, ctx.locale) })), rows };
}
