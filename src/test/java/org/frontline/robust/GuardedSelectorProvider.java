package org.frontline.robust;

import java.io.IOException;
import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.Pipe;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;

/**
 * A selector provider (set with {@code -Djava.nio.channels.spi.SelectorProvider}) that refuses and
 * counts socket and datagram channels, and hands pipes and selectors to the JDK's own provider.
 * Needs {@code --add-exports java.base/sun.nio.ch=ALL-UNNAMED}. Test helper.
 */
public final class GuardedSelectorProvider extends SelectorProvider {
    private final SelectorProvider jdk;

    public GuardedSelectorProvider() {
        try {
            jdk = (SelectorProvider) Class.forName("sun.nio.ch.DefaultSelectorProvider").getMethod("get").invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot reach the JDK's selector provider", e);
        }
    }

    private static IOException refuse(String what) {
        NetworkGuard.refused(what);
        return new IOException("no network in Frontline: " + what);
    }

    @Override
    public DatagramChannel openDatagramChannel() throws IOException {
        throw refuse("datagram channel");
    }

    @Override
    public DatagramChannel openDatagramChannel(ProtocolFamily family) throws IOException {
        throw refuse("datagram channel");
    }

    @Override
    public Pipe openPipe() throws IOException {
        return jdk.openPipe();
    }

    @Override
    public AbstractSelector openSelector() throws IOException {
        return jdk.openSelector();
    }

    @Override
    public ServerSocketChannel openServerSocketChannel() throws IOException {
        throw refuse("server socket channel");
    }

    @Override
    public SocketChannel openSocketChannel() throws IOException {
        throw refuse("socket channel");
    }
}
