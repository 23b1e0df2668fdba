package dev.wafer.bot.settings;

import dev.wafer.bot.feedback.AnswerMemory;
import dev.wafer.corpus.store.JsonFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Every server's settings, one JSON file per server ({@code servers/GUILD.json} in the data folder),
 * each written atomically under its file lock ({@link JsonFile}). A server's other per-server state
 * (its digest ledger) sits beside it, so forgetting a server removes all of it.
 */
public final class ServerSettingsStore {

    private final Path folder;

    public ServerSettingsStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The server's settings, or the defaults when its admins never chose any. */
    public ServerSettings get(long guild) {
        JsonFile<ServerSettings> file = file(guild);
        if (!file.exists()) {
            return ServerSettings.defaults(guild); // read on every mention: a server without settings leaves no file
        }
        return file.locked(() -> file.exists() ? read(file) : ServerSettings.defaults(guild));
    }

    /** Applies {@code change} to the server's current settings and saves the result; bad values change nothing. */
    public ServerSettings update(long guild, UnaryOperator<ServerSettings> change) {
        JsonFile<ServerSettings> file = file(guild);
        return file.locked(() -> {
            ServerSettings changed = change.apply(file.exists() ? read(file) : ServerSettings.defaults(guild));
            file.write(changed);
            return changed;
        });
    }

    /** Every server that chose settings. */
    public List<ServerSettings> all() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ServerSettings> servers = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path path : files.filter(p -> p.getFileName().toString().matches("\\d+\\.json")).sorted().toList()) {
                long guild = Long.parseLong(path.getFileName().toString().replace(".json", ""));
                servers.add(get(guild));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the server settings in " + folder + ": " + e.getMessage(), e);
        }
        return servers;
    }

    /** Where the server's own news digest remembers what it posted. */
    public Path digestLedger(long guild) {
        return folder.resolve(guild + "-digest.json");
    }

    /** Removes everything kept for a server that removed Wafer, so nothing is posted there again. */
    public void forget(long guild) {
        try {
            Files.deleteIfExists(digestLedger(guild));
            Files.deleteIfExists(AnswerMemory.file(folder, guild));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + digestLedger(guild) + ": " + e.getMessage(), e);
        }
        file(guild).delete(); // last: while the settings exist, the server is still known
    }

    private JsonFile<ServerSettings> file(long guild) {
        return new JsonFile<>(folder.resolve(guild + ".json"), ServerSettings.class, "the settings of server " + guild);
    }

    private static ServerSettings read(JsonFile<ServerSettings> file) {
        return file.read("fix it, or delete it to go back to the defaults");
    }
}
