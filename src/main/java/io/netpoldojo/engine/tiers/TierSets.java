package io.netpoldojo.engine.tiers;

import java.util.BitSet;

/**
 * One tier's decisions for a whole matrix on one port and direction: for each destination index,
 * the sources it accepts and the sources it denies (null: none). A source in neither was passed
 * on or matched no rule. The arrays' sets may be shared between destinations: read them only.
 */
public record TierSets(BitSet[] accept, BitSet[] deny) {}
