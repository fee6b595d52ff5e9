package io.netpoldojo.cli;

public final class Cli {
    private Cli() {}

    public static int run(String[] args) {
        System.out.println("todo");
        return 0;
    }
}
