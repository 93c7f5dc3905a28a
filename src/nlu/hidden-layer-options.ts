export interface HiddenLayerOptions {
  /** Hidden units; 0 leaves the network out. */
  units: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Which features feed the units: `all`, or `words` (stems and markers: no word pairs, whose
   * interactions the units learn anyway, and no character n-grams), which keeps the network a few
   * hundred kilobytes and a message's pass short.
   */
  inputs: 'all' | 'words';
  /** Share of a phrasing's features hidden from each training step, so no unit leans on one word alone. */
  dropout: number;
  /**
   * Exponent of the network's probabilities in the classifier's product of models: 0 leaves it out, and
   * the softmax's own exponent shrinks by as much, so the exponents still sum to 1.
   */
  share: number;
  /** Weight decay scaled by each phrasing's weight, as the softmax's (see trainSoftmaxWeights); absent is false. */
  decayByWeight?: boolean;
}

export const defaultHiddenLayerOptions: HiddenLayerOptions = { units: 0, epochs: 20, learningRate: 0.2, l2: 1e-5, seed: 11, dropout: 0, inputs: 'all', share: 0 };
