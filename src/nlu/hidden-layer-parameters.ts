/** What a trained network is made of, for the compiled model. */
export interface HiddenLayerParameters {
  featureCount: number;
  /** The input row of each feature, or -1 for a feature that does not feed the units. */
  rows: Int32Array;
  unitCount: number;
  classCount: number;
  /** Row-major: the unit weights of input row r are at r × unitCount … (r + 1) × unitCount. */
  inputWeights: Float32Array;
  unitBiases: Float32Array;
  /** Unit-major: the class weights of unit u are at u × classCount … (u + 1) × classCount. */
  outputWeights: Float32Array;
  classBiases: Float32Array;
}

/** Throws when the weights' lengths do not fit the feature, unit and class counts (a compiled model from another build). */
export function checkHiddenLayerParameters(parameters: HiddenLayerParameters): void {
  const { featureCount, unitCount, classCount, rows } = parameters;
  const rowCount = rows.reduce((count, row) => (row >= 0 ? count + 1 : count), 0);
  if (
    rows.length !== featureCount ||
    parameters.inputWeights.length !== rowCount * unitCount ||
    parameters.unitBiases.length !== unitCount ||
    parameters.outputWeights.length !== unitCount * classCount ||
    parameters.classBiases.length !== classCount
  ) {
    throw new Error('compiled hidden-layer weights do not fit its feature, unit and class counts');
  }
}
