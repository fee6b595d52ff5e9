/**
 * The class vote's load test: simulated phones that do over HTTP exactly what the voting page
 * does (join with the PIN, read the room, follow its event stream, vote), against the real server
 * on loopback, with latencies and a count of votes lost or counted twice. The CLI's
 * {@code bench classroom} runs it and prints what it returns; tests use its devices too.
 */
package io.netpoldojo.classroom.bench;
