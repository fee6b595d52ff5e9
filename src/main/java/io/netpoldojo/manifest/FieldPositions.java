package io.netpoldojo.manifest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field path of one object was written, as the readers visit them: kept as plain
 * arrays while loading and made into a map only when someone asks (a lint finding to place, an
 * editor's marker). Nearly every load asks for none of them, and hashing every path of every
 * object cost a tenth of the readers' time.
 */
final class FieldPositions {
    /** Records kept per object; far above any real manifest (a key and its value each record), bounded for hostile ones. */
    static final int MAX_RECORDS = 2 * ObjectReader.MAX_RECORDED_PATHS;

    private final String file;
    private String[] paths = new String[32];
    private int[] lines = new int[32];
    private int[] columns = new int[32];
    private int size;

    FieldPositions(String file) {
        this.file = file;
    }

    /** Records {@code path} at a 1-based line and column; of several records of one path the first wins. */
    void add(String path, int line, int column) {
        if (size == MAX_RECORDS) {
            return;
        }
        if (size == paths.length) {
            int grown = Math.min(MAX_RECORDS, size * 2);
            paths = Arrays.copyOf(paths, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
        }
        paths[size] = path;
        lines[size] = line;
        columns[size] = column;
        size++;
    }

    /** The first position of each path, at most {@link ObjectReader#MAX_RECORDED_PATHS} paths. */
    Map<String, SourcePosition> toMap() {
        Map<String, SourcePosition> map = new HashMap<>();
        for (int i = 0; i < size && map.size() < ObjectReader.MAX_RECORDED_PATHS; i++) {
            if (!map.containsKey(paths[i])) {
                map.put(paths[i], new SourcePosition(file, lines[i], columns[i]));
            }
        }
        return Map.copyOf(map);
    }
}
