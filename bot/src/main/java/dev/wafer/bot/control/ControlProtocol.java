package dev.wafer.bot.control;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What goes over the control socket. The caller sends one {@link Request}: a tag, its working
 * directory and its arguments. The holder answers with frames — a kind byte, a length and the bytes
 * — carrying stdout and stderr as they are written, and last the exit code.
 */
final class ControlProtocol {

    /** "WAF1": changes when the framing does, so an old holder and a new caller fail in one line. */
    static final int TAG = 0x57414631;
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    /** Arguments are a command line, not a payload: anything larger is a mistake, refused before reading it. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_ARGUMENTS = 10_000;

    private ControlProtocol() {
    }

    /** One command for the holder: {@code args} as typed, relative paths in them meaning {@code workingDirectory}. */
    record Request(String workingDirectory, List<String> args) {
        Request {
            if (workingDirectory == null || workingDirectory.isBlank()) {
                throw new IllegalArgumentException("workingDirectory must not be blank");
            }
            args = List.copyOf(args);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeInt(TAG);
            writeString(out, workingDirectory);
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            int tag = in.readInt();
            if (tag != TAG) {
                throw new IOException("not a Wafer control request (tag " + Integer.toHexString(tag) + ")");
            }
            String workingDirectory = readString(in);
            int count = in.readInt();
            if (count < 0 || count > MAX_ARGUMENTS) {
                throw new IOException("too many arguments: " + count);
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readString(in));
            }
            return new Request(workingDirectory, args);
        }
    }

    static void writeFrame(DataOutputStream out, byte kind, byte[] bytes, int offset, int length) throws IOException {
        out.writeByte(kind);
        out.writeInt(length);
        out.write(bytes, offset, length);
        out.flush();
    }

    static void writeExit(DataOutputStream out, int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(code);
        out.flush();
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("argument too long: " + length + " bytes");
        }
        return new String(readFully(in, length), StandardCharsets.UTF_8);
    }

    static byte[] readFully(DataInputStream in, int length) throws IOException {
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("frame too long: " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        try {
            in.readFully(bytes);
        } catch (EOFException e) {
            throw new EOFException("the holder stopped in the middle of a frame");
        }
        return bytes;
    }
}
