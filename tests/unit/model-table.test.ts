// Tables are generated from the YAML: change a value in a fixture and the cell follows.
import { describe, expect, it } from 'vitest';
import { buildModelTable, compareColumns, namesItself, type TableContext } from '../../src/lib/model-table';
import { loadModels } from '../support/content';

const ctx: TableContext = {
  locale: 'en',
  branchName: (id) => id,
  datasetName: (id) => id,
  modelHref: (id) => `/en/models/${id}/`,
};

describe('buildModelTable', () => {
  const models = loadModels();

  it('renders the YAML value, and follows it when the value changes', () => {
    const alexnet = models.find((m) => m.id === 'alexnet')!;
    const before = buildModelTable(models, ['alexnet'], ['name', 'year', 'top5-error'], ctx);
    const metric = alexnet.data.metrics.find((m) => m.metric === 'top5-error' && m.headline) ??
      alexnet.data.metrics.find((m) => m.metric === 'top5-error')!;
    expect(before.rows[0]!.cells[2]!.text).toBe(`${metric.value}\u00a0%`);

    const changed = structuredClone(alexnet);
    const target = changed.data.metrics.find((m) => m.value === metric.value && m.metric === 'top5-error')!;
    target.value = 12.34;
    changed.data.year = 2099;
    const after = buildModelTable([changed], ['alexnet'], ['name', 'year', 'top5-error'], ctx);
    expect(after.rows[0]!.cells[1]!.text).toBe('2099');
    expect(after.rows[0]!.cells[2]!.text).toBe('12.34\u00a0%');
  });

  it('links each row to its model page and names its columns', () => {
    const table = buildModelTable(models, ['resnet', 'vgg'], ['name', 'params'], ctx);
    expect(table.headers.map((h) => h.label)).toEqual(['Model', 'Parameters']);
    expect(table.rows.map((r) => r.cells[0]!.href)).toEqual(['/en/models/resnet/', '/en/models/vgg/']);
  });

  it("writes a result's setting in the table's language, after its variant", () => {
    const resnet = models.find((m) => m.id === 'resnet')!;
    const metric = resnet.data.metrics.find((m) => m.metric === 'top1-error' && m.headline)!;
    const cell = (locale: 'zh' | 'en') => buildModelTable(models, ['resnet'], ['top1-error'], { ...ctx, locale }).rows[0]!.cells[0]!;
    const variant = resnet.data.variants!.find((v) => v.id === metric.variant)!.name;
    expect(cell('en').note).toBe(`${variant}, ${metric.dataset} val, single crop`);
    expect(cell('zh').note).toBe(`${variant}，${metric.dataset} 验证集，单裁剪`);
    // The index's headline column names data set and split only, in the same words.
    const headline = buildModelTable(models, ['resnet'], ['headline'], { ...ctx, locale: 'zh' }).rows[0]!.cells[0]!;
    expect(headline.note).toMatch(/ 验证集$/);
  });

  it("shows a detector's mAP, COCO AP and speed, each with its unit", () => {
    const detector = structuredClone(models.find((m) => m.id === 'resnet')!);
    const base = detector.data.metrics[0]!;
    detector.data.metrics = [
      { ...base, metric: 'map', value: 73.2, dataset: 'voc-2007', split: 'test', protocol: 'single-model', variant: undefined },
      { ...base, metric: 'ap', value: 21.9, dataset: 'coco', split: 'test-dev', protocol: 'single-model', variant: undefined },
      { ...base, metric: 'fps', value: 5, dataset: 'voc-2007', split: 'test', protocol: 'single-model', variant: undefined },
    ];
    const table = buildModelTable([detector], ['resnet'], ['map', 'ap', 'fps'], ctx);
    expect(table.headers.map((h) => h.label)).toEqual(['mAP', 'AP', 'Frames per second']);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['73.2\u00a0%', '21.9\u00a0%', '5\u00a0FPS']);
    expect(table.rows[0]!.cells.map((c) => c.note)).toEqual(['voc-2007 test, single model', 'coco test-dev, single model', 'voc-2007 test, single model']);
  });

  it("shows a generator's output size, condition and training data, sorting sizes by pixels", () => {
    const table = buildModelTable(models, ['sagan', 'stylegan2', 'resnet'], ['name', 'output-size', 'condition', 'training-data'], ctx);
    expect(table.headers.map((h) => h.label)).toEqual(['Model', 'Largest output', 'Condition', 'Training data']);
    const [sagan, stylegan2, resnet] = table.rows.map((r) => r.cells);
    expect(sagan!.slice(1).map((c) => c.text)).toEqual(['128×128', 'class label', 'ImageNet']);
    expect(stylegan2![1]!.sort).toBe(1024 * 1024);
    expect(stylegan2![2]!.text).toBe('unconditional');
    expect(resnet!.slice(1).map((c) => c.text)).toEqual(['–', '–', '–']);
    const zh = buildModelTable(models, ['sagan'], ['condition', 'training-data'], { ...ctx, locale: 'zh' });
    expect(zh.rows[0]!.cells.map((c) => c.text)).toEqual(['类别标签', 'ImageNet']);
  });

  it('marks a cell with no recorded value, and says which values name themselves out of their column', () => {
    // 3DMM (1999) records no parameter count and no result.
    const table = buildModelTable(models, ['3dmm', 'alexnet'], ['name', 'year', 'params', 'headline'], ctx);
    expect(table.rows.map((r) => r.cells.map((c) => c.empty ?? false))).toEqual([
      [false, false, true, true],
      [false, false, false, false],
    ]);
    expect(table.rows[0]!.cells[2]!.text).toBe('–');
    expect(table.headers.filter((h) => !namesItself(h.id)).map((h) => h.id)).toEqual(['params']);
  });

  it('has a column for every metric kind, named as the kind is', () => {
    const table = buildModelTable(models, ['edsr', 'srgan'], ['psnr', 'ssim', 'mos'], ctx);
    expect(table.headers.map((h) => h.label)).toEqual(['PSNR', 'SSIM', 'MOS']);
    const edsr = models.find((m) => m.id === 'edsr')!.data.metrics.find((m) => m.metric === 'psnr' && m.headline)!;
    expect(table.rows[0]!.cells[0]!.text).toBe(`${edsr.value}\u00a0dB`);
    expect(table.rows[0]!.cells[2]!.text).toBe('–');
    expect(table.rows[1]!.cells[2]!.text).not.toBe('–');
  });

  it("leads an article's comparison with the model's name, where the writer left it out", () => {
    expect(compareColumns(['year', 'psnr'])).toEqual(['name', 'year', 'psnr']);
    expect(compareColumns(['year', 'name', 'psnr'])).toEqual(['year', 'name', 'psnr']);
  });

  it('rejects an unknown model id and an unknown column, naming them', () => {
    expect(() => buildModelTable(models, ['no-such-model'], ['name'], ctx)).toThrow(/no-such-model/);
    expect(() => buildModelTable(models, ['resnet'], ['nonsense' as never], ctx)).toThrow(/nonsense/);
  });
});
