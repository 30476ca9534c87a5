/**
 * The generated models and articles of the bench's large site, deterministic (a seeded
 * PRNG) so every run builds the same site. An article is of the same kind as the real
 * ones: zh or en prose of about the same length, headings, a GFM table, inline and
 * display math, a fenced code block, a footnote, and the site's components
 * (<ModelLink>, <Metric>, <Params>, <CompareTable>, <PaperRef>). The `plain` dialect
 * writes the same article with the components' output spelt out as Markdown, for a
 * site (the Starlight peer) that has no such components.
 */

export interface GenModel {
  id: string;
  branch: string;
  index: number;
  year: number;
  parents: string[];
  top1: number;
  top5: number;
  params: number;
  names: { zh: string; en: string };
}

export interface GenBranch {
  id: string;
  order: number;
  names: { zh: string; en: string };
}

/** mulberry32: small, fast, good enough for filler text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const EN_WORDS = (
  'network layer convolution kernel stride channel feature map residual shortcut block stage depth width ' +
  'accuracy error training batch normalisation gradient optimiser learning rate schedule augmentation crop ' +
  'dataset validation test ensemble parameter budget latency mobile device pruning quantisation attention ' +
  'pooling activation bottleneck expansion projection scale resolution backbone detection segmentation ' +
  'transfer pretraining fine-tuning regularisation dropout weight decay momentum search space cell operator'
).split(' ');
const EN_VERBS = 'reduces keeps doubles replaces adds removes shares learns predicts compresses widens deepens splits merges'.split(' ');
const EN_LINKS = 'so that, because, while, which means, and then, but, although'.split(', ');

const ZH_WORDS = (
  '网络 卷积层 卷积核 步长 通道 特征图 残差 捷径 模块 阶段 深度 宽度 精度 误差 训练 批归一化 梯度 优化器 学习率 ' +
  '数据增强 裁剪 数据集 验证集 测试集 集成 参数量 计算量 延迟 移动端 剪枝 量化 注意力 池化 激活函数 瓶颈 扩展 投影 ' +
  '分辨率 主干网络 检测 分割 迁移学习 预训练 微调 正则化 随机失活 权重衰减 动量 搜索空间 单元 算子'
).split(' ');
const ZH_VERBS = '减少了 保留了 加倍了 替换了 加入了 去掉了 共享了 学习了 预测了 压缩了 加宽了 加深了 拆分了 合并了'.split(' ');
const ZH_LINKS = '因此 因为 同时 这意味着 然后 但是 虽然'.split(' ');

function enSentence(r: () => number): string {
  const words = Array.from({ length: 6 + Math.floor(r() * 10) }, () => pick(r, EN_WORDS));
  words.splice(2, 0, pick(r, EN_VERBS));
  if (r() < 0.5) words.splice(5, 0, `${pick(r, EN_LINKS)},`.replace(/,$/, ''));
  const s = words.join(' ');
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function zhSentence(r: () => number): string {
  const parts = Array.from({ length: 5 + Math.floor(r() * 8) }, () => pick(r, ZH_WORDS));
  parts.splice(2, 0, pick(r, ZH_VERBS));
  if (r() < 0.5) parts.splice(4, 0, `，${pick(r, ZH_LINKS)}`);
  return `${parts.join('')}。`;
}

function paragraph(r: () => number, locale: 'zh' | 'en', sentences: number, extra = ''): string {
  const s = Array.from({ length: sentences }, () => (locale === 'zh' ? zhSentence(r) : enSentence(r)));
  s.splice(Math.floor(sentences / 2), 0, extra);
  return s.filter(Boolean).join(locale === 'zh' ? '' : ' ');
}

/** 10 branches of models; a model's parents are earlier models of its branch, the first one's a real model. */
export function generateModels(count: number, realRoots: string[]): { branches: GenBranch[]; models: GenModel[] } {
  const r = rng(20240611);
  const branchCount = Math.max(1, Math.min(10, Math.ceil(count / 50)));
  const branches: GenBranch[] = Array.from({ length: branchCount }, (_, b) => ({
    id: `gen-branch-${b + 1}`,
    order: 100 + b,
    names: { zh: `生成分支 ${b + 1}`, en: `Generated branch ${b + 1}` },
  }));
  const models: GenModel[] = [];
  for (let i = 0; i < count; i++) {
    const branch = branches[i % branchCount]!;
    const siblings = models.filter((m) => m.branch === branch.id);
    const parents = siblings.length
      ? [siblings[siblings.length - 1]!.id, ...(siblings.length > 3 && r() < 0.3 ? [siblings[Math.floor(r() * (siblings.length - 1))]!.id] : [])]
      : [realRoots[i % realRoots.length]!];
    const top1 = Math.round((18 + r() * 20) * 10) / 10;
    models.push({
      id: `gen-model-${i + 1}`,
      branch: branch.id,
      index: i + 1,
      year: 2013 + Math.floor((siblings.length * 10) / Math.ceil(count / branchCount)),
      parents: [...new Set(parents)],
      top1,
      top5: Math.round(top1 * 0.3 * 10) / 10,
      params: 0, // filled from the layer spec below
      names: { zh: `生成模型 ${i + 1}`, en: `GenNet-${i + 1}` },
    });
  }
  for (const m of models) m.params = paramsOf(layers(m));
  return { branches, models };
}

interface Layer {
  type: 'conv' | 'pool' | 'global-pool' | 'fc';
  out?: number;
  kernel?: number;
  stride?: number;
}

/** A small plain CNN spec, different for every model. */
export function layers(m: GenModel): Layer[] {
  const base = 16 * (1 + (m.index % 4));
  return [
    { type: 'conv', out: base, kernel: 3, stride: 2 },
    { type: 'pool', kernel: 2, stride: 2 },
    { type: 'conv', out: base * 2, kernel: 3 },
    { type: 'conv', out: base * 4, kernel: 3, stride: 2 },
    { type: 'global-pool' },
    { type: 'fc', out: 1000 },
  ];
}

/** Parameters of the spec above (convs with bias, 3-channel input), the same arithmetic as the site. */
function paramsOf(spec: Layer[]): number {
  let channels = 3;
  let total = 0;
  for (const l of spec) {
    if (l.type === 'conv') {
      total += channels * l.out! * l.kernel! * l.kernel! + l.out!;
      channels = l.out!;
    } else if (l.type === 'fc') {
      total += channels * l.out! + l.out!;
      channels = l.out!;
    }
  }
  return total;
}

export function modelYaml(m: GenModel): string {
  const src = `https://arxiv.org/abs/2001.${String(10000 + m.index).slice(-5)}`;
  const spec = layers(m)
    .map((l) => `    - { ${Object.entries(l).map(([k, v]) => `${k}: ${v}`).join(', ')} }`)
    .join('\n');
  return `branch: ${m.branch}
year: ${m.year}
names:
  zh: ${m.names.zh}
  en: ${m.names.en}
aliases: [GN${m.index}]
summary:
  zh: 第 ${m.index} 个生成的模型，用于构建性能测试：一个小型卷积网络，在父模型基础上调整了通道数。
  en: 'Generated model ${m.index} for the build benchmark: a small convolutional network that changes the channel widths of its parent.'
paper:
  title: 'GenNet-${m.index}: a generated paper for the build benchmark'
  authors: [Ada Example, Bo Sample]
  venue: arXiv preprint
  year: ${m.year}
  arxiv: "2001.${String(10000 + m.index).slice(-5)}"
  url: ${src}
code:
  - url: https://github.com/example/gennet-${m.index}
    framework: pytorch
    official: true
params:
  value: ${m.params}
  source:
    kind: paper
    ref: Table 1
    url: ${src}
architecture:
  input: [3, 224, 224]
  layers:
${spec}
metrics:
  - value: ${m.top1}
    metric: top1-error
    dataset: imagenet
    split: val
    protocol: single-crop
    headline: true
    source:
      kind: paper
      ref: Table 2
      url: ${src}
    note:
      zh: 单模型，中心裁剪 224×224
      en: single model, centre 224×224 crop
  - value: ${m.top5}
    metric: top5-error
    dataset: imagenet
    split: val
    protocol: single-crop
    source:
      kind: paper
      ref: Table 2
      url: ${src}
parents:
${m.parents
  .map(
    (p) => `  - id: ${p}
    change:
      zh: 调整了各阶段的通道数（生成的数据）
      en: changes the channel widths of each stage (generated data)`,
  )
  .join('\n')}
tags: [generated, convolution]
`;
}

export function branchYaml(b: GenBranch): string {
  return `names:
  zh: ${b.names.zh}
  en: ${b.names.en}
summary:
  zh: 为构建性能测试生成的分支。
  en: A branch generated for the build benchmark.
order: ${b.order}
input:
  zh: 一张 RGB 图像
  en: an RGB image
output:
  zh: 类别标签
  en: a class label
status: active
`;
}

const CODE = (m: GenModel) => `\`\`\`python
import torch
import torch.nn as nn

class GenNet${m.index}(nn.Module):
    """Generated block ${m.index}: conv, batch norm, ReLU, then a residual add."""

    def __init__(self, c_in: int, c_out: int, stride: int = 1):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False)
        self.bn = nn.BatchNorm2d(c_out)
        self.skip = nn.Identity() if stride == 1 and c_in == c_out else nn.Conv2d(c_in, c_out, 1, stride)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.relu(self.bn(self.conv(x)) + self.skip(x))  # F(x) + x
\`\`\``;

export type Dialect = 'alphatree' | 'plain';

/** The body (after the frontmatter) of a generated article on model `m`. */
export function articleBody(m: GenModel, locale: 'zh' | 'en', dialect: Dialect, byId: Map<string, GenModel>): string {
  const r = rng(m.index * 2 + (locale === 'zh' ? 1 : 0));
  const zh = locale === 'zh';
  const parent = m.parents[0]!;
  const parentModel = byId.get(parent);
  const plainUrl = (id: string) => (zh ? `/models/${id}/` : `/en/models/${id}/`);
  const modelLink = (id: string) =>
    dialect === 'alphatree' ? `<ModelLink id="${id}" />` : `[${byId.get(id)?.names[locale] ?? id}](${plainUrl(id)})`;
  const metric = (kind: 'top1-error' | 'top5-error') =>
    dialect === 'alphatree'
      ? `<Metric model="${m.id}" metric="${kind}" />`
      : `**${kind === 'top1-error' ? m.top1 : m.top5} %**${zh ? '（ImageNet 验证集，单次中心裁剪）' : ' (ImageNet val, single crop)'}`;
  const params = dialect === 'alphatree' ? `<Params model="${m.id}" />` : `**${m.params.toLocaleString('en')}**`;
  const compare =
    dialect === 'alphatree'
      ? `<CompareTable models={[${[m.id, ...m.parents].map((id) => `"${id}"`).join(',')}]} columns={["year","params","top1-error","top5-error"]} />`
      : [`| ${zh ? '模型' : 'model'} | ${zh ? '年份' : 'year'} | ${zh ? 'top-1 误差' : 'top-1 error'} |`, '|---|---|---|',
          ...[m, ...(parentModel ? [parentModel] : [])].map((x) => `| ${x.names[locale]} | ${x.year} | ${x.top1} % |`)].join('\n');
  const paperRef = dialect === 'alphatree' ? `<PaperRef model="${m.id}" />` : `Ada Example, Bo Sample (${m.year}). *GenNet-${m.index}*. arXiv:2001.${String(10000 + m.index).slice(-5)}.`;
  const h = zh
    ? ['要解决的问题', '核心思想', '网络结构', '结果与设置', '参考文献']
    : ['The problem', 'The key idea', 'The architecture', 'Results and their settings', 'References'];
  const rows = Array.from({ length: 5 }, (_, i) => {
    const depth = 10 + i * 8 + (m.index % 7);
    return `| ${m.names.en}-${depth} | ${1 + (i % 3)} × 3×3 conv | ${i + 2}, ${i + 3}, ${2 * i + 4}, ${i + 2} |`;
  }).join('\n');
  return `
## ${h[0]}

${paragraph(r, locale, 6, zh ? `${modelLink(parent)} 的做法是$H(x)$直接拟合目标。` : `${modelLink(parent)} fits the mapping $H(x)$ directly.`)}

${paragraph(r, locale, 5)}

## ${h[1]}

${paragraph(r, locale, 4, zh ? `令 $F(x) = H(x) - x$，并把输入通过捷径加回：` : `Let $F(x) = H(x) - x$ and add the input back through a shortcut:`)}

$$
y_{${m.index}} = \\sigma\\left(W_2\\,\\mathrm{BN}(W_1 x)\\right) + x, \\qquad \\frac{\\partial \\mathcal{L}}{\\partial x} = \\frac{\\partial \\mathcal{L}}{\\partial y}\\left(1 + \\frac{\\partial F}{\\partial x}\\right)
$$

${paragraph(r, locale, 5, zh ? `每层的计算量约为 $H \\times W \\times k^2 \\times C_{in} \\times C_{out}$。[^cost]` : `Each layer costs about $H \\times W \\times k^2 \\times C_{in} \\times C_{out}$ multiply-adds.[^cost]`)}

${CODE(m)}

## ${h[2]}

| ${zh ? '模型' : 'model'} | ${zh ? '模块' : 'block'} | ${zh ? '各阶段模块数' : 'blocks per stage'} |
|---|:---:|---:|
${rows}

${paragraph(r, locale, 6, zh ? `整个网络有 ${params} 个参数。` : `The whole network has ${params} parameters.`)}

## ${h[3]}

${paragraph(r, locale, 4, zh ? `单模型 top-1 误差为 ${metric('top1-error')}，top-5 误差为 ${metric('top5-error')}。` : `One model reaches ${metric('top1-error')} top-1 and ${metric('top5-error')} top-5 error.`)}

- ${paragraph(r, locale, 2)}
- ${paragraph(r, locale, 2)}
- ${paragraph(r, locale, 2)}

${compare}

${paragraph(r, locale, 5)}

## ${h[4]}

- ${paperRef}

[^cost]: ${zh ? '按乘加次数计，不含批归一化。' : 'Counted as multiply-adds, batch normalisation left out.'}
`;
}

export function articleFrontmatter(m: GenModel, locale: 'zh' | 'en', extra: Record<string, string> = {}): string {
  const title = locale === 'zh' ? `${m.names.zh}：生成的文章` : `${m.names.en}: a generated article`;
  const description =
    locale === 'zh'
      ? `为构建性能测试生成的第 ${m.index} 篇文章：正文、表格、公式和代码，与真实文章同类。`
      : `Generated article ${m.index} for the build benchmark: prose, a table, math and code, like the real articles.`;
  const lines = [`title: "${title}"`, `description: "${description}"`, ...Object.entries(extra).map(([k, v]) => `${k}: ${v}`)];
  return `---\n${lines.join('\n')}\n---\n`;
}
