import type { Span } from './concept-matcher';
import { isResolved } from './is-resolved';
import { noSpans, overlapping, type Recognition } from './recognition';

// A temperature told as over, read as isResolved reads any sign, but without the markers that are not about a fever.

/** Words after a marker within which a medicine names what brought it down ("went down with calpol"). */
const medicineAfterMarker = 3;

/**
 * True when a temperature at `span` is told as over (isResolved), leaving out two markers that say nothing of
 * the fever being gone: a rash's glass-test result ("39.2 and a rash that fades when I press it", train-10,
 * -14, -9: "fades" closed the reading), and one after a fever medicine is told, or with it named just after
 * ("a fever of 38.3 that went down with calpol, he seems ok now", "gave him tylenol and it's only gone down to
 * 102", train-11, -21): a medicine lowers the number, not the illness, so the reading still stands.
 */
export function isTemperatureResolved(recognition: Recognition, span: Span, signSpans: readonly Span[]): boolean {
  const { concepts } = recognition;
  const rashResults = ['fade_claim', 'blanching', 'glass_test'].flatMap((name) => concepts.get(name) ?? noSpans);
  const medicines = concepts.get('fever_medicine') ?? noSpans;
  const markers = (concepts.get('resolved') ?? noSpans).filter(
    (marker) =>
      !rashResults.some((result) => overlapping(result, marker)) &&
      !medicines.some((medicine) => medicine.start >= span.end && medicine.start < marker.end + medicineAfterMarker),
  );
  return markers.length > 0 && isResolved(recognition, span, signSpans, false, noSpans, markers);
}
