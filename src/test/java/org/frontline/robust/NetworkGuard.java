package org.frontline.robust;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes every network attempt of this JVM fail and counts it: sockets, server sockets, datagram
 * sockets and http/https/ftp URL connections. Socket channels are guarded by
 * {@link GuardedSelectorProvider}. Name lookups are not reachable from here on Java 17; the test
 * also runs the child in a network namespace with no interfaces for that. Test helper; install
 * once per JVM, before anything else runs.
 */
final class NetworkGuard {
    static final AtomicInteger ATTEMPTS = new AtomicInteger();
    private static final Set<String> REMOTE = Set.of("http", "https", "ftp");

    private NetworkGuard() {
    }

    static void refused(String what) {
        ATTEMPTS.incrementAndGet();
        new Throwable("network attempt refused: " + what).printStackTrace();
    }

    @SuppressWarnings("deprecation")
    static void install() throws IOException {
        Socket.setSocketImplFactory(() -> {
            refused("socket");
            throw new UnsupportedOperationException("no network in Frontline");
        });
        ServerSocket.setSocketFactory(() -> {
            refused("server socket");
            throw new UnsupportedOperationException("no network in Frontline");
        });
        DatagramSocket.setDatagramSocketImplFactory(() -> {
            refused("datagram socket");
            throw new UnsupportedOperationException("no network in Frontline");
        });
        URL.setURLStreamHandlerFactory(protocol -> !REMOTE.contains(protocol) ? null : new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) throws IOException {
                refused("URL " + u);
                throw new IOException("no network in Frontline: " + u);
            }
        });
    }

}
