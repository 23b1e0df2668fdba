package dev.wafer.bot.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The control socket of the process that holds a data folder ({@code wafer serve}, {@code wafer chat}):
 * commands typed in another shell arrive here and run in this process, on its open index, with their
 * output and exit code sent back. The socket file is readable by its owner only, and a caller running as
 * another user is turned away as well, so only the folder's owner (or root) can drive the bot.
 */
public final class ControlServer implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(ControlServer.class);

    /** Runs one command line for a caller and returns its exit code. */
    @FunctionalInterface
    public interface CommandRunner {
        int run(List<String> args, Path workingDirectory, PrintWriter out, PrintWriter err);
    }

    private final Path socket;
    private final ServerSocketChannel channel;
    private final CommandRunner runner;
    private final UserPrincipal owner;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;

    private ControlServer(Path socket, ServerSocketChannel channel, CommandRunner runner, UserPrincipal owner) {
        this.socket = socket;
        this.channel = channel;
        this.runner = runner;
        this.owner = owner;
    }

    /**
     * Listens on {@code socket} for as long as the returned server is open. A socket file left by a
     * holder that was killed is replaced. Empty, with a warning in the log, when the socket cannot be
     * made (a path longer than the 107 bytes Unix sockets allow, a read-only folder, or another live
     * holder on a shared corpus): the bot still runs, and other commands get the usual "in use" line.
     */
    public static Optional<ControlServer> listen(Path socket, CommandRunner runner) {
        if (ControlClient.answers(socket)) {
            LOG.warn("Another Wafer process already listens on {}; commands from other shells go there", socket);
            return Optional.empty();
        }
        ServerSocketChannel channel = null;
        try {
            Files.deleteIfExists(socket); // left by a holder that was killed: nobody answers on it
            channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
            ControlServer server = new ControlServer(socket, channel, runner, Files.getOwner(socket));
            Thread acceptor = new Thread(server::accept, "wafer-control");
            acceptor.setDaemon(true);
            acceptor.start();
            LOG.info("Commands from other shells on this data folder run here (control socket {})", socket);
            return Optional.of(server);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No control socket at {} ({}): other commands on this data folder must wait until this "
                    + "process stops", socket, e.getMessage());
            closeQuietly(channel);
            return Optional.empty();
        }
    }

    public Path socket() {
        return socket;
    }

    private void accept() {
        while (!closed) {
            SocketChannel connection;
            try {
                connection = channel.accept();
            } catch (AsynchronousCloseException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Control socket {} stopped accepting: {}", socket, e.getMessage());
                }
                return;
            }
            Thread worker = new Thread(() -> serve(connection), "wafer-control-" + connections.incrementAndGet());
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void serve(SocketChannel connection) {
        try (connection) {
            DataOutputStream frames = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(connection)));
            if (!sameUser(connection)) {
                byte[] refusal = ("wafer: the running Wafer process on this data folder takes commands only from "
                        + "its own user (" + owner.getName() + ").\n").getBytes(StandardCharsets.UTF_8);
                ControlProtocol.writeFrame(frames, ControlProtocol.ERR, refusal, 0, refusal.length);
                ControlProtocol.writeExit(frames, 1);
                return;
            }
            ControlProtocol.Request request = ControlProtocol.Request.read(
                    new DataInputStream(new BufferedInputStream(Channels.newInputStream(connection))));
            PrintWriter out = writer(frames, ControlProtocol.OUT);
            PrintWriter err = writer(frames, ControlProtocol.ERR);
            int exit;
            try {
                exit = runner.run(request.args(), Path.of(request.workingDirectory()), out, err);
            } finally {
                out.flush();
                err.flush();
            }
            synchronized (frames) {
                ControlProtocol.writeExit(frames, exit);
            }
        } catch (IOException e) {
            // The caller went away (Ctrl+C in its shell): what it asked for has run or stops here.
            LOG.info("A command from another shell ended early: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("A command from another shell failed", e);
        }
    }

    private boolean sameUser(SocketChannel connection) throws IOException {
        UnixDomainPrincipal peer = connection.getOption(ExtendedSocketOptions.SO_PEERCRED);
        String name = peer.user().getName();
        return name.equals(owner.getName()) || name.equals("root");
    }

    /** Text written to {@code out} leaves as {@code kind} frames, one per flush, in the order written. */
    private static PrintWriter writer(DataOutputStream frames, byte kind) {
        OutputStream framed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                if (length > 0) {
                    synchronized (frames) {
                        ControlProtocol.writeFrame(frames, kind, bytes, offset, length);
                    }
                }
            }
        };
        return new PrintWriter(new OutputStreamWriter(framed, StandardCharsets.UTF_8), false);
    }

    /** Stops taking commands and removes the socket file; commands already running finish. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(channel);
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            LOG.warn("Could not remove the control socket {}: {}", socket, e.getMessage());
        }
    }

    private static void closeQuietly(ServerSocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Closing the control socket", e);
            }
        }
    }
}
