package io.netpoldojo.classroom;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The addresses the teacher can put the vote on: this computer's IPv4 addresses on interfaces that
 * are up, LAN ones first (a classroom's Wi-Fi), then loopback ("this computer only", for trying it).
 * The server binds to the one picked, never to every interface at once.
 */
public final class BindAddresses {
    private BindAddresses() {}

    /** One address to offer: what the picker shows, and where to bind. */
    public record Choice(String label, InetAddress address) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Reads the machine's interfaces; blocks briefly, so call it off the JavaFX thread. */
    public static List<Choice> list() {
        List<Choice> choices = new ArrayList<>();
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address && !a.isLinkLocalAddress()) {
                        choices.add(new Choice(a.getHostAddress() + " (" + nic.getDisplayName() + ")", a));
                    }
                }
            }
        } catch (SocketException e) {
            // No interfaces to read: loopback alone is still offered.
        }
        choices.sort(Comparator.comparing((Choice c) -> !c.address().isSiteLocalAddress())
                .thenComparing(Choice::label));
        choices.add(loopback());
        return List.copyOf(choices);
    }

    /** Loopback: only browsers on this computer can join. */
    public static Choice loopback() {
        return new Choice("127.0.0.1 (this computer only)", InetAddress.getLoopbackAddress());
    }
}
