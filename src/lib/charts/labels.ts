/** The words the charts and their text alternatives use, in both site languages. */
import type { Locale } from '../i18n';

const LABELS = {
  zh: {
    year: '年份',
    team: '队伍',
    entry: '提交',
    top5Error: 'Top-5 错误率（%）',
    result: '结果',
    winner: '冠军',
    otherEntry: '同队其他提交',
    ilsvrcTitle: 'ILSVRC 图像分类历年冠军的 Top-5 错误率',
    model: '模型',
    params: '参数量',
    paramsAxis: '参数量（对数坐标）',
    top1Accuracy: 'Top-1 准确率（%）',
    countKind: '参数量来源',
    published: '公开数字',
    computed: '由结构计算',
    accuracyTitle: 'ImageNet Top-1 准确率与参数量',
  },
  en: {
    year: 'Year',
    team: 'Team',
    entry: 'Entry',
    top5Error: 'Top-5 error (%)',
    result: 'Result',
    winner: 'winner',
    otherEntry: 'other entry of the same team',
    ilsvrcTitle: "ILSVRC classification: the winner's top-5 error by year",
    model: 'Model',
    params: 'Parameters',
    paramsAxis: 'Parameters (log scale)',
    top1Accuracy: 'Top-1 accuracy (%)',
    countKind: 'Count',
    published: 'published',
    computed: 'computed from the layers',
    accuracyTitle: 'ImageNet top-1 accuracy against parameters',
  },
} as const;

export type ChartLabels = (typeof LABELS)[Locale];

export function chartLabels(locale: Locale): ChartLabels {
  return LABELS[locale];
}
