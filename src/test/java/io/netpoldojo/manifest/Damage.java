package io.netpoldojo.manifest;

import java.util.Random;

/** Damages YAML text as files get damaged: characters lost or added, lines moved, re-indented or cut off. */
final class Damage {
    private Damage() {}

    private static final String[] NOISE = {":", "-", " ", "  ", "\t", "\"", "'", "&", "*", "!", "{", "}", "[", "]",
        "#", "\n", "|", ">", "%", "@", "`", "<<", "? ", ",", "\\", "\u00e9", "\uD83D\uDE00", "\u0007", "---\n"};

    static String apply(String text, Random random) {
        String damaged = text;
        int times = 1 + random.nextInt(3);
        for (int i = 0; i < times && !damaged.isEmpty(); i++) {
            int at = random.nextInt(damaged.length());
            damaged = switch (random.nextInt(6)) {
                case 0 -> damaged.substring(0, at) + damaged.substring(Math.min(damaged.length(), at + 1 + random.nextInt(4)));
                case 1 -> damaged.substring(0, at) + NOISE[random.nextInt(NOISE.length)] + damaged.substring(at);
                case 2 -> damaged.substring(0, at);
                case 3 -> {
                    int line = damaged.lastIndexOf('\n', at) + 1;
                    yield damaged.substring(0, line) + (random.nextBoolean() ? " " : "") + damaged.substring(
                            random.nextBoolean() || line >= damaged.length() ? line : line + 1);
                }
                case 4 -> {
                    int start = damaged.lastIndexOf('\n', at) + 1;
                    int end = damaged.indexOf('\n', at);
                    String line = damaged.substring(start, end < 0 ? damaged.length() : end + 1);
                    yield damaged.substring(0, start) + line + line + damaged.substring(start + line.length());
                }
                default -> {
                    // Avoid splitting a surrogate pair: the text stays valid UTF-16, as a file decoded from UTF-8 is.
                    int cut = Character.isLowSurrogate(damaged.charAt(at)) ? at - 1 : at;
                    yield damaged.substring(cut) + damaged.substring(0, cut);
                }
            };
        }
        return damaged;
    }
}
