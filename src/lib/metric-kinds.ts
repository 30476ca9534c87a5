/**
 * The vocabularies of a metric: what is measured, on which split, under which protocol
 * and from which source. Kept apart from the schema so that tables and pages can label
 * them without importing zod.
 */

export const METRIC_KINDS = [
  'top1-error',
  'top5-error',
  'top1-accuracy',
  'top5-accuracy',
  'error-rate',
  'accuracy',
  'mult-adds',
  'flops',
  'map',
  'ap',
  'miou',
  'fid',
  'inception-score',
  'mos',
  'bleu',
  'fps',
  'iou',
  'ar',
  'f1',
  'glue',
  'perplexity',
  'identification-rate',
  'tar',
  'f-measure',
  'pckh',
  'pck',
  'nme',
  'tpr',
  'psnr',
  'ssim',
  'lpips',
  'fvd',
  'clip-score',
  'log-likelihood',
  'pcp',
  'fooling-rate',
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];

/**
 * `unstated`: the paper gives the number but not the split it was measured on (some early
 * generative papers); recorded as such rather than guessed.
 */
export const SPLITS = ['train', 'val', 'test', 'test-dev', 'test-std', 'unstated'] as const;
export type Split = (typeof SPLITS)[number];

export const PROTOCOLS = [
  'single-crop',
  '10-crop',
  'multi-crop',
  'dense',
  'multi-scale',
  'ensemble',
  'single-model',
  'standard',
] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const SOURCE_KINDS = [
  'paper',
  'official-repo',
  'torchvision',
  'keras',
  'competition',
  'other',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

type Labels = { zh: string; en: string };

/** How each metric kind is named and shown. `unit` is appended to the value. */
export const METRIC_INFO: Record<MetricKind, Labels & { unit: string; lowerIsBetter: boolean }> = {
  'top1-error': { zh: 'Top-1 错误率', en: 'Top-1 error', unit: '%', lowerIsBetter: true },
  'top5-error': { zh: 'Top-5 错误率', en: 'Top-5 error', unit: '%', lowerIsBetter: true },
  'top1-accuracy': { zh: 'Top-1 准确率', en: 'Top-1 accuracy', unit: '%', lowerIsBetter: false },
  'top5-accuracy': { zh: 'Top-5 准确率', en: 'Top-5 accuracy', unit: '%', lowerIsBetter: false },
  'error-rate': { zh: '错误率', en: 'Error rate', unit: '%', lowerIsBetter: true },
  accuracy: { zh: '准确率', en: 'Accuracy', unit: '%', lowerIsBetter: false },
  'mult-adds': { zh: '乘加次数', en: 'Mult-adds', unit: 'M', lowerIsBetter: true },
  flops: { zh: 'FLOPs', en: 'FLOPs', unit: 'G', lowerIsBetter: true },
  map: { zh: 'mAP', en: 'mAP', unit: '%', lowerIsBetter: false },
  ap: { zh: 'AP', en: 'AP', unit: '%', lowerIsBetter: false },
  miou: { zh: 'mIoU', en: 'mIoU', unit: '%', lowerIsBetter: false },
  fid: { zh: 'FID', en: 'FID', unit: '', lowerIsBetter: true },
  'inception-score': { zh: 'Inception Score', en: 'Inception Score', unit: '', lowerIsBetter: false },
  mos: { zh: 'MOS', en: 'MOS', unit: '', lowerIsBetter: false },
  bleu: { zh: 'BLEU', en: 'BLEU', unit: '', lowerIsBetter: false },
  // Frames per second at test time; the metric's note names the hardware and input size.
  fps: { zh: '每秒帧数', en: 'Frames per second', unit: 'FPS', lowerIsBetter: false },
  // Intersection over union of a single foreground class (e.g. cells against background),
  // not averaged over classes as miou is.
  iou: { zh: 'IoU', en: 'IoU', unit: '%', lowerIsBetter: false },
  // Average recall of object proposals (or masks), e.g. AR@100 on COCO; the note says at how many proposals.
  ar: { zh: '平均召回率（AR）', en: 'Average recall (AR)', unit: '%', lowerIsBetter: false },
  // Token-overlap F1 of an answer span against the reference answers (SQuAD), in percent.
  f1: { zh: 'F1', en: 'F1', unit: '%', lowerIsBetter: false },
  // The GLUE benchmark's score: the average over its tasks' own metrics, so it has no unit.
  glue: { zh: 'GLUE 分数', en: 'GLUE score', unit: '', lowerIsBetter: false },
  // Of a language model on held-out text: the exponential of the mean negative log-likelihood per token.
  perplexity: { zh: '困惑度', en: 'Perplexity', unit: '', lowerIsBetter: true },
  // Face identification: how often the right identity ranks first among a gallery with
  // distractors (e.g. MegaFace with 1 million); the note says how many.
  'identification-rate': { zh: 'Rank-1 识别率', en: 'Rank-1 identification rate', unit: '%', lowerIsBetter: false },
  // Face verification: the true accept rate at a fixed false accept rate; the note gives the FAR.
  tar: { zh: 'TAR（给定 FAR）', en: 'TAR at a given FAR', unit: '%', lowerIsBetter: false },
  // Text detection (and end-to-end spotting): the harmonic mean of precision and recall
  // under the data set's own matching rules (ICDAR's IoU 0.5, DetEval, ...); P and R go in the note.
  'f-measure': { zh: 'F 值（H-mean）', en: 'F-measure (H-mean)', unit: '%', lowerIsBetter: false },
  // Pose: the share of keypoints within half the head segment of the truth (MPII's PCKh@0.5),
  // averaged over joints.
  pckh: { zh: 'PCKh@0.5', en: 'PCKh@0.5', unit: '%', lowerIsBetter: false },
  // Pose: the share of keypoints within a fraction of the torso (or person) size of the truth,
  // e.g. PCK@0.2 on LSP or FLIC; the note gives the threshold and whether person- or observer-centric.
  pck: { zh: 'PCK', en: 'PCK', unit: '%', lowerIsBetter: false },
  // Landmarks: the mean distance between predicted and true points divided by a reference
  // length (inter-ocular, inter-pupil, box size, ...), in percent; the note names the reference.
  nme: { zh: '归一化平均误差（NME）', en: 'Normalised mean error (NME)', unit: '%', lowerIsBetter: true },
  // Face detection on FDDB: the true positive rate at a fixed number of false positives over
  // the whole set (e.g. 1,000, discrete score); the note gives the count.
  tpr: { zh: '真阳性率（TPR）', en: 'True positive rate (TPR)', unit: '%', lowerIsBetter: false },
  // Restoration (super-resolution, denoising, inpainting): peak signal-to-noise ratio against the
  // ground truth; the note says on which channel (RGB or luminance Y) and what border was cropped.
  psnr: { zh: '峰值信噪比（PSNR）', en: 'PSNR', unit: 'dB', lowerIsBetter: false },
  // Structural similarity against the ground truth, from 0 to 1; the note says on which channel.
  ssim: { zh: '结构相似度（SSIM）', en: 'SSIM', unit: '', lowerIsBetter: false },
  // Learned perceptual distance (LPIPS) to the ground truth; the note names the backbone (AlexNet, VGG).
  lpips: { zh: 'LPIPS 感知距离', en: 'LPIPS', unit: '', lowerIsBetter: true },
  // Video generation: the Fréchet distance between features of real and generated clips (I3D);
  // the note gives resolution, clip length and sample count.
  fvd: { zh: 'FVD', en: 'FVD', unit: '', lowerIsBetter: true },
  // Text-image agreement: the cosine similarity of CLIP embeddings of a generated image and its
  // prompt (or reference image); the note names the CLIP model and whether it is scaled by 100.
  'clip-score': { zh: 'CLIP 分数', en: 'CLIP score', unit: '', lowerIsBetter: false },
  // Early generative models: the mean log-likelihood of test images under a Gaussian Parzen
  // window fitted to the model's samples, in nats; the note gives the ± and how the window
  // width was chosen. A rough estimate (Theis et al. 2016), kept because it is what those papers report.
  'log-likelihood': { zh: 'Parzen 窗对数似然', en: 'Parzen-window log-likelihood', unit: '', lowerIsBetter: false },
  // Pose: the percentage of correct parts, a limb counting when both its ends lie within half
  // its length of the truth (PCP@0.5); the note says strict or loose, person- or observer-centric.
  pcp: { zh: 'PCP', en: 'PCP', unit: '%', lowerIsBetter: false },
  // A human study: the share of trials in which raters took a generated image for a real one
  // (e.g. on Amazon Mechanical Turk); the note gives how images were shown and for how long.
  'fooling-rate': { zh: '被判为真实的比例', en: 'Rate judged real', unit: '%', lowerIsBetter: false },
};

export const SPLIT_LABELS: Record<Split, Labels> = {
  train: { zh: '训练集', en: 'train' },
  val: { zh: '验证集', en: 'val' },
  test: { zh: '测试集', en: 'test' },
  'test-dev': { zh: 'test-dev', en: 'test-dev' },
  'test-std': { zh: 'test-std', en: 'test-std' },
  unstated: { zh: '未注明划分', en: 'split not stated' },
};

export const PROTOCOL_LABELS: Record<Protocol, Labels> = {
  'single-crop': { zh: '单裁剪', en: 'single crop' },
  '10-crop': { zh: '10 裁剪', en: '10-crop' },
  'multi-crop': { zh: '多裁剪', en: 'multi-crop' },
  dense: { zh: '密集评估', en: 'dense evaluation' },
  'multi-scale': { zh: '多尺度', en: 'multi-scale' },
  ensemble: { zh: '多模型集成', en: 'ensemble' },
  'single-model': { zh: '单模型', en: 'single model' },
  standard: { zh: '标准协议', en: 'standard protocol' },
};

/** How a source of each named kind is called; one of kind `other` is called by where it is (format.ts). */
export const SOURCE_LABELS: Record<Exclude<SourceKind, 'other'>, Labels> = {
  paper: { zh: '论文', en: 'paper' },
  'official-repo': { zh: '官方代码库', en: 'official repository' },
  torchvision: { zh: 'torchvision 权重表', en: 'torchvision weights' },
  keras: { zh: 'Keras Applications', en: 'Keras Applications' },
  competition: { zh: '竞赛结果', en: 'competition results' },
};
