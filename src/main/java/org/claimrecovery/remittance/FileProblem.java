package org.claimrecovery.remittance;

/**
 * What is wrong at one place of a refused 835.
 *
 * @param segment   the segment's number in the file, counted from ISA as 1
 * @param segmentId the segment's id (CLP, SVC, …); null where the file ended before a segment could start
 * @param element   the element's position in the segment (CLP02 is 2); null for a problem of the whole segment
 * @param problem   what is wrong, in words
 */
public record FileProblem(int segment, String segmentId, Integer element, String problem) {

  @Override
  public String toString() {
    return "segment " + segment + (segmentId == null ? "" : " (" + segmentId + (element == null ? ""
        : String.format("%02d", element)) + ")") + ": " + problem;
  }
}
