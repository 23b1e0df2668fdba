package dev.wafer.corpus.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP server that closes connections the way real servers do: an HTTP/1.1 server closes a
 * kept-alive connection after a short idle time (Apache's default is 5 s), and an HTTP/1.0 server
 * closes every connection after its answer without saying so. Each request path answers its own name.
 */
final class ShortKeepAliveServer implements AutoCloseable {

    private final ServerSocket socket;
    private final boolean http10;
    private final int idleMillis;
    private final List<String> paths = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();

    ShortKeepAliveServer(boolean http10, int idleMillis) {
        this.http10 = http10;
        this.idleMillis = idleMillis;
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::accept);
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    List<String> paths() {
        return paths;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(idleMillis);
            BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = connection.getOutputStream();
            while (true) {
                String requestLine = in.readLine();
                if (requestLine == null) {
                    return;
                }
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    // headers are not needed
                }
                String path = requestLine.split(" ")[1];
                paths.add(path);
                byte[] body = ("answer for " + path).getBytes(StandardCharsets.UTF_8);
                String head = (http10 ? "HTTP/1.0" : "HTTP/1.1") + " 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                        + body.length + "\r\n\r\n";
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                if (http10) {
                    return;
                }
            }
        } catch (SocketTimeoutException e) {
            // idle too long: close, as a server with a short keep-alive does
        } catch (IOException e) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
