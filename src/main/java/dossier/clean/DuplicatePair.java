package dossier.clean;

/**
 * Two texts that tell largely the same story: {@code containment} is the share of the shorter
 * text's word shingles found in the other (1.0 for a copy, even one with a new intro added).
 */
public record DuplicatePair(String first, String second, double containment, int shared) {
}
