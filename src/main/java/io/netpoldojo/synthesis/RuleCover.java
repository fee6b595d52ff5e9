package io.netpoldojo.synthesis;

import io.netpoldojo.synthesis.Candidates.Peer;
import io.netpoldojo.synthesis.Candidates.Subject;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the rules for one direction of one namespace. Every connection to allow is a cell
 * (subject pod, peer endpoint, port); a candidate rule is a tile: a podSelector, a peer and the
 * ports on which every pod it selects may talk to every endpoint the peer matches. A tile is usable
 * only if it allows nothing the intent denies (traffic from a pod to itself is always allowed, so it
 * never counts against a tile). Greedily taking the tile that covers the most cells still open, the
 * plainer selector on a tie, gives few rules with broad selectors; a last pass drops any tile the
 * others already cover. Cells no usable tile covers are returned: no v1 rule allows them alone.
 */
final class RuleCover {
    /** One rule to write: the subject's podSelector, one peer, and the ports (indexes into the port list). */
    record Tile(Subject subject, Peer peer, BitSet ports, BitSet cells) {}

    /** Whether the intent allows {@code subject} and {@code peer} to talk on port {@code port} in this direction. */
    @FunctionalInterface
    interface Allowed {
        boolean test(int subject, int peer, int port);
    }

    /** A cell no tile could cover: the connection between a subject pod and a peer on one port. */
    record Cell(int subject, int peer, int port) {}

    record Result(List<Tile> tiles, List<Cell> uncovered) {}

    private final int n;
    private final int portCount;
    private final int[] subjectPods;
    private final Map<Integer, Integer> localIndex = new HashMap<>();
    /** allowedPeers[local subject][port]: the peers it may talk to, itself included. */
    private final BitSet[][] allowedPeers;

    private RuleCover(int n, int portCount, BitSet subjects, Allowed allowed) {
        this.n = n;
        this.portCount = portCount;
        this.subjectPods = subjects.stream().toArray();
        this.allowedPeers = new BitSet[subjectPods.length][portCount];
        for (int l = 0; l < subjectPods.length; l++) {
            int s = subjectPods[l];
            localIndex.put(s, l);
            for (int k = 0; k < portCount; k++) {
                BitSet peers = new BitSet(n);
                for (int t = 0; t < n; t++) {
                    if (t == s || allowed.test(s, t, k)) {
                        peers.set(t);
                    }
                }
                allowedPeers[l][k] = peers;
            }
        }
    }

    /**
     * @param n        how many endpoints the cluster has (peers are indexes into them)
     * @param subjects the pods whose rules are chosen (all in one namespace)
     */
    static Result cover(int n, int portCount, BitSet subjects, List<Subject> subjectCandidates,
                        List<Peer> peerCandidates, Allowed allowed) {
        return new RuleCover(n, portCount, subjects, allowed).run(subjects, subjectCandidates, peerCandidates);
    }

    private Result run(BitSet subjects, List<Subject> subjectCandidates, List<Peer> peerCandidates) {
        BitSet open = neededCells();
        List<Tile> tiles = new ArrayList<>();
        for (Subject s : subjectCandidates) {
            BitSet outside = (BitSet) s.pods().clone();
            outside.andNot(subjects);
            if (!outside.isEmpty()) {
                continue;
            }
            for (Peer p : peerCandidates) {
                Tile t = tile(s, p);
                if (t != null && t.cells().intersects(open)) {
                    tiles.add(t);
                }
            }
        }
        List<Tile> chosen = new ArrayList<>();
        while (!open.isEmpty()) {
            Tile best = null;
            int bestScore = 0;
            for (Tile t : tiles) {
                BitSet gain = (BitSet) t.cells().clone();
                gain.and(open);
                int score = gain.cardinality();
                if (score > bestScore || (score == bestScore && score > 0 && plainer(t, best))) {
                    best = t;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            open.andNot(best.cells());
        }
        dropRedundant(chosen);
        List<Cell> uncovered = new ArrayList<>();
        open.stream().forEach(c -> uncovered.add(new Cell(subjectPods[c / portCount / n], (c / portCount) % n,
                c % portCount)));
        return new Result(chosen, uncovered);
    }

    /**
     * On a tie, the tile that matches fewer endpoints (it allows nothing more on a canvas that grows),
     * then the plainer wording.
     */
    private static boolean plainer(Tile a, Tile b) {
        if (b == null) {
            return true;
        }
        int reachA = a.subject().pods().cardinality() * a.peer().endpoints().cardinality();
        int reachB = b.subject().pods().cardinality() * b.peer().endpoints().cardinality();
        if (reachA != reachB) {
            return reachA < reachB;
        }
        return a.subject().rank() + a.peer().rank() < b.subject().rank() + b.peer().rank();
    }

    private int cell(int local, int peer, int port) {
        return (local * n + peer) * portCount + port;
    }

    private BitSet neededCells() {
        BitSet cells = new BitSet();
        for (int l = 0; l < subjectPods.length; l++) {
            for (int k = 0; k < portCount; k++) {
                BitSet peers = allowedPeers[l][k];
                for (int t = peers.nextSetBit(0); t >= 0; t = peers.nextSetBit(t + 1)) {
                    if (t != subjectPods[l]) {
                        cells.set(cell(l, t, k));
                    }
                }
            }
        }
        return cells;
    }

    /** The tile for a selector and a peer on every port where it allows nothing denied; null if none. */
    private Tile tile(Subject subject, Peer peer) {
        BitSet ports = new BitSet(portCount);
        ports.set(0, portCount);
        boolean anyPair = false;
        BitSet s = subject.pods();
        for (int pod = s.nextSetBit(0); pod >= 0 && !ports.isEmpty(); pod = s.nextSetBit(pod + 1)) {
            int local = localIndex.get(pod);
            BitSet others = (BitSet) peer.endpoints().clone();
            others.clear(pod);
            anyPair |= !others.isEmpty();
            for (int k = ports.nextSetBit(0); k >= 0; k = ports.nextSetBit(k + 1)) {
                BitSet denied = (BitSet) others.clone();
                denied.andNot(allowedPeers[local][k]);
                if (!denied.isEmpty()) {
                    ports.clear(k);
                }
            }
        }
        if (!anyPair || ports.isEmpty()) {
            return null;
        }
        BitSet cells = new BitSet();
        for (int pod = s.nextSetBit(0); pod >= 0; pod = s.nextSetBit(pod + 1)) {
            int local = localIndex.get(pod);
            BitSet e = peer.endpoints();
            for (int t = e.nextSetBit(0); t >= 0; t = e.nextSetBit(t + 1)) {
                if (t != pod) {
                    for (int k = ports.nextSetBit(0); k >= 0; k = ports.nextSetBit(k + 1)) {
                        cells.set(cell(local, t, k));
                    }
                }
            }
        }
        return new Tile(subject, peer, ports, cells);
    }

    /** Drops, latest first, every chosen tile whose cells the others cover: a rule that adds nothing. */
    private static void dropRedundant(List<Tile> chosen) {
        for (int i = chosen.size() - 1; i >= 0; i--) {
            BitSet rest = new BitSet();
            for (int j = 0; j < chosen.size(); j++) {
                if (j != i) {
                    rest.or(chosen.get(j).cells());
                }
            }
            BitSet own = (BitSet) chosen.get(i).cells().clone();
            own.andNot(rest);
            if (own.isEmpty()) {
                chosen.remove(i);
            }
        }
    }
}
