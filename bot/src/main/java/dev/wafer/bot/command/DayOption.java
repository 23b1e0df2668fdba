package dev.wafer.bot.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** A day given to an option ({@code --since}, {@code --until}, {@code --as-of}), read the one way every command reads it. */
final class DayOption {

    private DayOption() {
    }

    /** The day {@code value} names (ISO, e.g. 2025-10-01), or null when the option was not given; a usage error otherwise. */
    static LocalDate parse(CommandSpec spec, String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), option + ": cannot read \"" + value + "\" as a day; use e.g. 2025-10-01");
        }
    }
}
