package dev.wafer.bot.command;

import picocli.CommandLine.IVersionProvider;

/**
 * What {@code wafer --version} prints: the version the build wrote into the jar's manifest
 * (Implementation-Version, from the poms), so the one version people name lives in one place.
 */
public final class JarVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return lines(WaferCommand.class.getPackage().getImplementationVersion());
    }

    static String[] lines(String implementationVersion) {
        if (implementationVersion == null || implementationVersion.isBlank()) {
            // Classes run straight from target/classes (tests, an IDE) carry no manifest.
            return new String[] {"Wafer (development build: no version in a jar manifest)"};
        }
        return new String[] {"Wafer " + implementationVersion.strip(),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor", "unknown vendor") + ")"};
    }
}
