package dev.wafer.bot.control;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * The caller's side of the control socket: hands a command line to the process holding the data folder
 * and prints what that process prints, so the command behaves as if it had run here.
 */
public final class ControlClient {

    private ControlClient() {
    }

    /** Whether a live holder answers on {@code socket} (a file left by a killed one does not). */
    static boolean answers(Path socket) {
        try (SocketChannel ignored = connect(socket)) {
            return ignored != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Runs {@code args} in the process listening on {@code socket}, copying its output to {@code out} and
     * {@code err} as it comes.
     *
     * @return its exit code; empty when nobody listens there (no socket, or one left by a process that was
     *     killed), so the caller runs the command itself
     */
    public static OptionalInt forward(Path socket, List<String> args, Path workingDirectory, PrintWriter out,
                                      PrintWriter err) {
        SocketChannel channel;
        try {
            channel = connect(socket);
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        if (channel == null) {
            return OptionalInt.empty();
        }
        try (channel) {
            new ControlProtocol.Request(workingDirectory.toAbsolutePath().toString(), args)
                    .write(new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
            DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            while (true) {
                byte kind = in.readByte();
                if (kind == ControlProtocol.EXIT) {
                    return OptionalInt.of(in.readInt());
                }
                String text = new String(ControlProtocol.readFully(in, in.readInt()), StandardCharsets.UTF_8);
                PrintWriter target = kind == ControlProtocol.ERR ? err : out;
                target.print(text);
                target.flush();
            }
        } catch (IOException e) {
            // The holder died or closed mid-command: what it committed stays, the rest did not happen.
            err.println("wafer: the Wafer process running on " + socket.getParent() + " stopped before the command "
                    + "finished. Check its log, then run the command again.");
            err.flush();
            return OptionalInt.of(1);
        }
    }

    /** A connection, or null when there is no socket file; refused connections throw. */
    private static SocketChannel connect(Path socket) throws IOException {
        if (!Files.exists(socket)) {
            return null;
        }
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }
}
